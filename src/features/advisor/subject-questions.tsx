import { subjectTypes, type SubjectType } from '../../domain'
import { t } from '../../i18n'
import { ChoiceGroup } from '../../ui/form/choice-group'
import { subjectTypeName } from '../../ui/terms'
import { fieldId } from './answers'
import { CountField } from './count-field'
import type { QuestionProps } from './question-props'
import './messages'

const choices = subjectTypes.map((type) => ({ value: type, label: subjectTypeName(type) }))

export function SubjectQuestions(props: QuestionProps) {
  const { answers, change, errorFor } = props
  return (
    <fieldset className="advisor-form__group">
      <legend className="advisor-form__legend">{t('advisor.form.subjectLegend')}</legend>
      <ChoiceGroup
        id={fieldId('subjectType')}
        legend={t('advisor.form.subjectType')}
        hint={t('advisor.form.subjectTypeHint')}
        error={errorFor('subjectType')}
        type="radio"
        inline
        choices={choices}
        value={answers.subjectType}
        inputProps={{
          name: 'subjectType',
          onChange: (event) => change({ subjectType: event.target.value as SubjectType }),
        }}
      />
      <CountField {...props} name="subjectMiniPrograms" unknownAllowed />
    </fieldset>
  )
}
