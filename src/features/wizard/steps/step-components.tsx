import type { ComponentType } from 'react'
import { requireRuleValue, type StepId } from '../../../domain'
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
import '../../../i18n/wizard-messages'

/**
 * 验证管理员: the admin to verify on the platform, as saved (masked), and where the full numbers are: the
 * admin's own ID card and phone. The page has no fields, so it says nothing about retyping.
 */
function AdminVerifyStep(props: StepBodyProps) {
  const admin = props.flow.answers.admin
  return (
    <InstructionStep {...props}>
      {admin ? (
        <>
          <p>
            {t('wizard.fields.adminVerifyWho', {
              name: admin.name,
              idCard: admin.idCardNumber,
              mobile: admin.mobile,
            })}
          </p>
          <p>
            {t('wizard.fields.adminVerifyFull', {
              idCardLength: requireRuleValue(props.ruleSet, 'ID_CARD_NUMBER').length,
              mobileLength: requireRuleValue(props.ruleSet, 'MOBILE').length,
            })}
          </p>
        </>
      ) : null}
    </InstructionStep>
  )
}

/** 确认主体信息: the subject exactly as it will be locked on the platform. */
function ConfirmSubjectStep(props: StepBodyProps) {
  const type = props.flow.answers['subject-type']
  const info = props.flow.answers['subject-info']
  return (
    <InstructionStep {...props}>
      {type ? (
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{t('wizard.review.subjectType')}</dt>
            <dd>{t(`terms.subjectType.${type.subjectType}`)}</dd>
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
      ) : null}
    </InstructionStep>
  )
}

/**
 * The component of every step, in one exhaustive table: a step added to the domain without one does not
 * compile, and none falls through to another kind's page.
 */
export const stepComponents: { readonly [K in StepId]: ComponentType<StepBodyProps> } = {
  'open-platform': InstructionStep,
  'choose-mini-program': InstructionStep,
  'subject-type': SubjectTypeForm,
  'subject-info': SubjectInfoForm,
  'oa-status': OaStatusForm,
  'certify-oa': CertifyOaStep,
  'open-mini-program': InstructionStep,
  'fast-register': InstructionStep,
  qualifications: QualificationsForm,
  account: AccountForm,
  'activate-email': InstructionStep,
  'registration-result': RegistrationResultStep,
  'verification-method': VerificationMethodForm,
  admin: AdminForm,
  'admin-verify': AdminVerifyStep,
  'confirm-subject': ConfirmSubjectStep,
  certification: CertificationStep,
  transfer: TransferStep,
  profile: ProfileForm,
  review: ReviewStep,
  done: DoneStep,
}

/** The body of the page's step. */
export function StepBody(props: StepBodyProps) {
  const Body = stepComponents[props.step]
  return <Body {...props} />
}
