import { certificationQualificationRequired } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { CheckboxField } from '../../../ui/form/checkbox-field'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'
import '../../../i18n/wizard-messages'

/**
 * 复用资质 (rule: REUSE_QUALIFICATIONS): subject always, operator info by choice, certification as the rule set
 * says for the account's subject type.
 */
export function QualificationsForm(props: StepBodyProps) {
  const saved = props.flow.answers.qualifications
  const type = props.flow.answers['subject-type']?.subjectType
  const required = type === undefined || certificationQualificationRequired(props.ruleSet, type)
  const status =
    type === undefined
      ? ''
      : t(required ? 'wizard.fields.qualCertificationRequired' : 'wizard.fields.qualCertificationOptional', {
          type: t(`terms.subjectType.${type}`),
        })
  const initial = {
    subject: true,
    operatorInfo: saved?.operatorInfo ?? false,
    certification: saved?.certification ?? false,
  }
  const { form, onSubmit, errorOf } = useStepForm('qualifications', props, initial, [
    'subject',
    'operatorInfo',
    'certification',
  ])
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="fieldset">
        <legend className="field__label">{t('wizard.fields.qualifications')}</legend>
        {/* Checked and read-only: a disabled box would not be submitted, and the platform never lets it be unticked. */}
        <CheckboxField
          id={fieldId('subject')}
          label={t('wizard.fields.qualSubject')}
          hint={t('wizard.fields.qualSubjectHint')}
          checked
          readOnly
          aria-readonly="true"
          onClick={(event) => event.preventDefault()}
          name="subject"
        />
        <CheckboxField
          id={fieldId('operatorInfo')}
          label={t('wizard.fields.qualOperator')}
          hint={t('wizard.fields.qualOperatorHint')}
          error={errorOf('operatorInfo')}
          {...form.register('operatorInfo')}
        />
        <CheckboxField
          id={fieldId('certification')}
          label={t('wizard.fields.qualCertification')}
          hint={t('wizard.fields.qualCertificationHint', { status })}
          error={errorOf('certification')}
          {...form.register('certification')}
        />
      </fieldset>
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">{t('form.next')}</Button>
      </div>
    </form>
  )
}
