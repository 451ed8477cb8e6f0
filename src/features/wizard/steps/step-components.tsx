import type { ReactNode } from 'react'
import type { StepId } from '../../../domain'
import { t } from '../../../i18n'
import { AccountForm } from './account-form'
import { AdminForm } from './admin-form'
import { DoneStep } from './done-step'
import { InstructionStep } from './instruction-step'
import { OaStatusForm } from './oa-status-form'
import { CertificationStep, CertifyOaStep, RegistrationResultStep, TransferStep } from './outcome-steps'
import { ProfileForm } from './profile-form'
import { QualificationsForm } from './qualifications-form'
import { ReviewStep } from './review-step'
import type { StepBodyProps } from './step-body'
import { SubjectInfoForm } from './subject-info-form'
import { SubjectTypeForm } from './subject-type-form'
import { VerificationMethodForm } from './verification-method-form'

/** What the user sees on the platform for the instruction steps that need it. */
function instructionExtra(step: StepId, props: StepBodyProps): ReactNode {
  const a = props.flow.answers
  if (step === 'admin-verify' && a.admin) {
    return (
      <p>
        {t('wizard.fields.adminSaved', {
          name: a.admin.name,
          idCard: a.admin.idCardNumber,
          mobile: a.admin.mobile,
        })}
      </p>
    )
  }
  if (step === 'confirm-subject' && a['subject-type']) {
    const info = a['subject-info']
    return (
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('wizard.review.subjectType')}</dt>
          <dd>{t(`terms.subjectType.${a['subject-type'].subjectType}`)}</dd>
        </div>
        {info ? (
          <>
            <div className="summary-list__row">
              <dt>{t('wizard.fields.subjectName')}</dt>
              <dd>{info.name}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('wizard.fields.creditCode')}</dt>
              <dd>{info.creditCode}</dd>
            </div>
          </>
        ) : null}
      </dl>
    )
  }
  return null
}

/** The body of a step, by what the step is. */
export function StepBody({ step, ...props }: StepBodyProps & { step: StepId }) {
  switch (step) {
    case 'account':
      return <AccountForm {...props} />
    case 'subject-type':
      return <SubjectTypeForm {...props} />
    case 'subject-info':
      return <SubjectInfoForm {...props} />
    case 'verification-method':
      return <VerificationMethodForm {...props} />
    case 'oa-status':
      return <OaStatusForm {...props} />
    case 'qualifications':
      return <QualificationsForm {...props} />
    case 'admin':
      return <AdminForm {...props} />
    case 'profile':
      return <ProfileForm {...props} />
    case 'certification':
      return <CertificationStep {...props} />
    case 'certify-oa':
      return <CertifyOaStep {...props} />
    case 'transfer':
      return <TransferStep {...props} />
    case 'registration-result':
      return <RegistrationResultStep {...props} />
    case 'review':
      return <ReviewStep {...props} />
    case 'done':
      return <DoneStep {...props} />
    default:
      return (
        <InstructionStep step={step} {...props}>
          {instructionExtra(step, props)}
        </InstructionStep>
      )
  }
}
