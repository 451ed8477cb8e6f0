import { subjectTypes } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { ChoiceGroup } from '../../../ui/form/choice-group'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'
import '../../../i18n/wizard-messages'

/** 主体类型: 企业, 个体工商户, 政府, 媒体, 其他组织, 个人. */
export function SubjectTypeForm(props: StepBodyProps) {
  const subjectType = props.flow.answers['subject-type']?.subjectType ?? ''
  const { form, onSubmit, errorOf } = useStepForm('subject-type', props, { subjectType }, ['subjectType'])
  const legend =
    props.flow.path === 'reuse' ? t('wizard.fields.subjectTypeReuse') : t('wizard.fields.subjectType')
  return (
    <form onSubmit={onSubmit} noValidate>
      <ChoiceGroup
        id={fieldId('subjectType')}
        legend={legend}
        type="radio"
        error={errorOf('subjectType')}
        choices={subjectTypes.map((type) => ({ value: type, label: t(`terms.subjectType.${type}`) }))}
        inputProps={form.register('subjectType')}
      />
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">{t('form.next')}</Button>
      </div>
    </form>
  )
}
