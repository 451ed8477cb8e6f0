import { certificationFee, ruleValue } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { ChoiceGroup } from '../../../ui/form/choice-group'
import { formatFee } from '../../../ui/format'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'
import '../../../i18n/wizard-messages'

/** 主体验证方式: WeChat certification (any organisation) or a small transfer (rule: TRANSFER_VERIFY). */
export function VerificationMethodForm(props: StepBodyProps) {
  const { ruleSet, flow } = props
  const method = flow.answers['verification-method']?.method ?? ''
  const { form, onSubmit, errorOf } = useStepForm('verification-method', props, { method }, ['method'])
  const subjectType = flow.answers['subject-type']?.subjectType ?? 'enterprise'
  const fee = formatFee(certificationFee(ruleSet, subjectType))
  const review = ruleValue(ruleSet, 'CERT_REVIEW_TIME')?.workingDays
  const days = review
    ? t('terms.days.workingRange', { min: review.min, max: review.max })
    : t('rules.notStated')
  const transferDays = ruleValue(ruleSet, 'TRANSFER_VERIFY')?.days ?? 0
  return (
    <form onSubmit={onSubmit} noValidate>
      <ChoiceGroup
        id={fieldId('method')}
        legend={t('wizard.fields.method')}
        type="radio"
        error={errorOf('method')}
        choices={[
          {
            value: 'certification',
            label: t('wizard.fields.methodCertification'),
            hint: t('wizard.fields.methodCertificationHint', { fee, days }),
          },
          {
            value: 'transfer',
            label: t('wizard.fields.methodTransfer'),
            hint: t('wizard.fields.methodTransferHint', { days: transferDays }),
          },
        ]}
        inputProps={form.register('method')}
      />
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">{t('form.next')}</Button>
      </div>
    </form>
  )
}
