import {
  addWorkingDays,
  certificationFee,
  lastApplication,
  paidApplications,
  ruleValue,
  type CertTarget,
  type FlowState,
  type LocalDate,
  type OutcomeEvent,
  type RuleSet,
} from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'

interface CertificationRecordProps {
  flow: FlowState
  target: CertTarget
  ruleSet: RuleSet
  today: LocalDate
  record: (outcome: OutcomeEvent) => void
}

/**
 * The paid certification applications of the mini program or the official account, and the buttons that
 * record what the platform says next (rules: CERT_FEE, CERT_REVIEW_TIME).
 */
export function CertificationRecord({ flow, target, ruleSet, today, record }: CertificationRecordProps) {
  const list = (target === 'mini-program' ? flow.outcomes.certification : flow.outcomes.oaCertification) ?? []
  const last = lastApplication(list)
  const subjectType = flow.answers['subject-type']?.subjectType ?? 'enterprise'
  const fee = certificationFee(ruleSet, subjectType)
  const review = ruleValue(ruleSet, 'CERT_REVIEW_TIME')
  const send = (outcome: OutcomeEvent) => record(outcome)
  return (
    <section className="outcome" aria-labelledby={`record-${target}`}>
      <h2 id={`record-${target}`}>{t('wizard.outcome.recordTitle')}</h2>
      {list.length > 0 ? (
        <>
          <h3>{t('wizard.outcome.applications')}</h3>
          <ol className="outcome__list">
            {list.map((app, index) => (
              <li key={`${app.submittedOn}-${index}`}>
                {t('wizard.outcome.application', {
                  n: index + 1,
                  date: app.submittedOn,
                  result: t(`wizard.outcome.result.${app.result}`),
                })}
                {app.sentBack > 0 ? t('wizard.outcome.sentBack', { count: app.sentBack }) : null}
              </li>
            ))}
          </ol>
          <p>
            {t('wizard.outcome.feesPaid', {
              count: paidApplications(list),
              amount: paidApplications(list) * fee,
            })}
          </p>
        </>
      ) : null}
      {last?.result === 'pending' ? (
        <p>
          {review
            ? t('wizard.outcome.waitingUntil', {
                min: review.workingDays.min,
                max: review.workingDays.max,
                date: addWorkingDays(last.submittedOn, review.workingDays.max),
              })
            : t('wizard.outcome.waitingUnknown')}
        </p>
      ) : null}
      {last?.result === 'pending' && review ? (
        <p>
          {t('wizard.outcome.sendBacksLeft', { count: Math.max(0, review.maxSendBacks - last.sentBack) })}
        </p>
      ) : null}
      <div className="button-row">
        {!last || last.result === 'rejected' ? (
          <Button
            type="button"
            variant={last ? 'secondary' : 'primary'}
            onClick={() => send({ kind: 'cert-submitted', target, on: today })}
          >
            {last ? t('wizard.outcome.reapply', { fee }) : t('wizard.outcome.submitCert')}
          </Button>
        ) : null}
        {last?.result === 'pending' ? (
          <>
            <Button type="button" variant="secondary" onClick={() => send({ kind: 'cert-approved', target })}>
              {t('wizard.outcome.approved')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => send({ kind: 'cert-sent-back', target })}
            >
              {t('wizard.outcome.sendBack')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => send({ kind: 'cert-rejected', target })}>
              {t('wizard.outcome.rejected')}
            </Button>
          </>
        ) : null}
        {last?.result === 'awaiting-material' ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => send({ kind: 'cert-resubmitted', target })}
          >
            {t('wizard.outcome.resubmitted')}
          </Button>
        ) : null}
      </div>
    </section>
  )
}
