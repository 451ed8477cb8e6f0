import { t } from '../../i18n'
import { TextField } from '../../ui/form/text-field'
import { fieldId, type CountKey } from './answers'
import type { QuestionProps } from './question-props'
import { countLabel } from './questions'
import './messages'

/**
 * A count box, short, with the numeric keyboard on phones. No maxLength: a browser would cut a long number
 * silently; the range is checked on 查看答复 and said in the message.
 */
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
      width="short"
    />
  )
}
