import { t } from '../../i18n'
import { TextField } from '../../ui/form/text-field'
import { fieldId, type CountKey } from './answers'
import type { QuestionProps } from './question-props'
import { countLabel } from './questions'

/** A count box: digits only, short, with the numeric keyboard on phones. */
export function CountField({
  name,
  answers,
  change,
  errorFor,
  unknownAllowed,
}: QuestionProps & { name: CountKey; unknownAllowed?: boolean }) {
  const id = fieldId(name)
  return (
    <TextField
      id={id}
      name={name}
      label={countLabel(name)}
      hint={unknownAllowed ? t('advisor.form.unknownHint') : undefined}
      error={errorFor(name)}
      value={answers[name]}
      onChange={(event) => change({ [name]: event.target.value })}
      inputMode="numeric"
      autoComplete="off"
      maxLength={6}
      width="short"
    />
  )
}
