import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react'
import {
  certificationFee,
  timesFee,
  lastApplication,
  materialSupplied,
  paidApplications,
  ruleValue,
  holidaysKnownThrough,
  workingDayDate,
  type CertApplication,
  type CertTarget,
  type LocalDate,
  type OutcomeEvent,
  type RuleSet,
  type SubjectType,
  type WorkingDays,
} from '../../domain'
import { t } from '../../i18n'
import { formatFee } from '../format'
import { Notice } from '../notice'
import { RecordChoice, type RecordOption } from '../form/record-choice'
import { HolidaySources } from '../rules/holiday-sources'
import { ruleCitation } from '../rules/rule-text'
import type { SummaryError } from '../form/error-summary'
import '../../i18n/wizard-messages'

/** Problems for the page's error summary. */
type ReportErrors = (errors: SummaryError[]) => void

export interface CertificationRecordProps {
  /** The paid applications recorded so far (the wizard's outcomes, or a 发布清单's progress). */
  applications: readonly CertApplication[]
  subjectType: SubjectType
  target: CertTarget
  ruleSet: RuleSet
  today: LocalDate
  record: (outcome: OutcomeEvent) => void
  reportErrors: ReportErrors
  /** The record's heading level: 2 on a step page, 3 inside a 发布清单 task; what it contains, one below. */
  headingLevel?: 2 | 3
  /** Other ways on after a rejection, under 重新申请 (the standalone page's switch to a small transfer). */
  afterRejection?: ReactNode
}

/** What each recording control shares: the quiet 记录 button, its cancel, and errors to the page's summary. */
export function recordControl(id: string, legend: string, report: ReportErrors) {
  return {
    id,
    legend,
    submitLabel: t('wizard.outcome.record'),
    submitContext: t('wizard.outcome.recordContext', { legend }),
    cancelLabel: t('wizard.outcome.cancel'),
    onInvalid: (message: string) => report([{ fieldId: id, message }]),
  }
}

/**
 * Focus to `target` whenever `key` changes after the first render: a recorded choice replaces the control
 * that had focus, and the user hears what it became (the record's heading, then what follows it).
 */
export function useFocusWhenChanged(target: RefObject<HTMLElement | null>, key: string) {
  const shown = useRef(key)
  useLayoutEffect(() => {
    if (shown.current === key) return
    shown.current = key
    target.current?.focus()
  }, [key, target])
}

/** When the review should be over, in mainland working days; past the holiday data, the date may come early. */
function ReviewDue({ submittedOn, days }: { submittedOn: LocalDate; days: WorkingDays }) {
  const due = workingDayDate(submittedOn, days.max)
  const params = { min: days.min, max: days.max, date: due.date }
  return (
    <>
      <p>
        {due.holidaysKnown
          ? t('wizard.outcome.waitingUntil', params)
          : t('wizard.outcome.waitingUntilBeyond', { ...params, through: holidaysKnownThrough })}
      </p>
      <HolidaySources />
    </>
  )
}

function ApplicationLine({ app, n }: { app: CertApplication; n: number }) {
  const supplied = materialSupplied(app)
  return (
    <li>
      {t('wizard.outcome.application', {
        n,
        date: app.submittedOn,
        result: t(`wizard.outcome.result.${app.result}`),
      })}
      {/* rule: CERT_REVIEW_TIME — material counts once supplied, not when the platform asks for it */}
      {supplied > 0 ? t('wizard.outcome.sentBack', { count: supplied }) : null}
    </li>
  )
}

/**
 * The paid certification applications of the mini program or the official account, and the choice that
 * records what the platform shows next (rules: CERT_FEE, CERT_REVIEW_TIME). A rejection ends its application:
 * the way on is a new, paid one, and whatever `afterRejection` offers.
 */
export function CertificationRecord(props: CertificationRecordProps) {
  const { applications: list, subjectType, target, ruleSet, today, record, reportErrors } = props
  const level = props.headingLevel ?? 2
  const Heading = `h${level}` as 'h2' | 'h3'
  const Sub = `h${level + 1}` as 'h3' | 'h4'
  const last = lastApplication(list)
  const feeValue = certificationFee(ruleSet, subjectType)
  const fee = formatFee(feeValue)
  const review = ruleValue(ruleSet, 'CERT_REVIEW_TIME')
  const control = (name: string, legend: string) => recordControl(`${target}-${name}`, legend, reportErrors)
  const results: RecordOption[] = [
    { value: 'cert-approved', label: t('wizard.outcome.approved') },
    { value: 'cert-sent-back', label: t('wizard.outcome.sendBack') },
    {
      value: 'cert-rejected',
      label: t('wizard.outcome.rejected'),
      confirm: {
        title: t('wizard.outcome.rejectConfirmTitle'),
        body: t('wizard.outcome.rejectConfirmBody', { fee }),
        action: t('wizard.outcome.rejectConfirmAction'),
      },
    },
  ]
  const submitted = () => record({ kind: 'cert-submitted', target, on: today })
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusWhenChanged(heading, `${list.length}:${last?.result ?? 'none'}`)
  return (
    <>
      <section className="outcome" aria-labelledby={`record-${target}`}>
        <Heading id={`record-${target}`} ref={heading} tabIndex={-1}>
          {t('wizard.outcome.recordTitle')}
        </Heading>
        {list.length > 0 ? (
          <>
            <Sub>{t('wizard.outcome.applications')}</Sub>
            <ol className="outcome__list">
              {list.map((app, index) => (
                <ApplicationLine key={`${app.submittedOn}-${index}`} app={app} n={index + 1} />
              ))}
            </ol>
            <p>
              {t('wizard.outcome.feesPaid', {
                count: paidApplications(list),
                amount: formatFee(timesFee(feeValue, paidApplications(list))),
              })}
            </p>
          </>
        ) : null}
        {!last ? (
          <RecordChoice
            {...control('apply', t('wizard.outcome.certApplyLegend'))}
            options={[{ value: 'submitted', label: t('wizard.outcome.certApply', { fee }) }]}
            requiredMessage={t('wizard.outcome.confirmChoice')}
            onRecord={submitted}
          />
        ) : null}
        {last?.result === 'pending' ? (
          <>
            {review ? (
              <ReviewDue submittedOn={last.submittedOn} days={review.workingDays} />
            ) : (
              <p>{t('wizard.outcome.waitingUnknown')}</p>
            )}
            {review ? (
              <p>
                {t('wizard.outcome.sendBacksLeft', {
                  count: Math.max(0, review.maxSendBacks - last.sentBack),
                })}
              </p>
            ) : null}
            <RecordChoice
              {...control('review', t('wizard.outcome.reviewLegend'))}
              options={results}
              requiredMessage={t('wizard.outcome.chooseResult')}
              onRecord={(kind) =>
                record({ kind: kind as 'cert-approved' | 'cert-sent-back' | 'cert-rejected', target })
              }
            />
          </>
        ) : null}
        {last?.result === 'awaiting-material' ? (
          <>
            <p>{t('wizard.outcome.awaitingMaterial')}</p>
            <RecordChoice
              {...control('material', t('wizard.outcome.materialLegend'))}
              options={[{ value: 'resubmitted', label: t('wizard.outcome.materialSupplied') }]}
              requiredMessage={t('wizard.outcome.confirmChoice')}
              onRecord={() => record({ kind: 'cert-resubmitted', target })}
            />
          </>
        ) : null}
        {last?.result === 'approved' ? <p>{t('wizard.outcome.approvedNote')}</p> : null}
      </section>
      {last?.result === 'rejected' ? (
        <Notice title={t('wizard.outcome.rejectedTitle')} tone="warning">
          <p>
            {t('wizard.outcome.rejectedBody', {
              n: list.length,
              citation: ruleCitation('CERT_FEE', ruleSet),
            })}
          </p>
          <Sub>{t('wizard.outcome.reapplyTitle')}</Sub>
          <p>{t('wizard.outcome.reapplyBody', { fee })}</p>
          <RecordChoice
            {...control('reapply', t('wizard.outcome.reapplyLegend'))}
            options={[{ value: 'submitted', label: t('wizard.outcome.reapplyDone', { fee }) }]}
            requiredMessage={t('wizard.outcome.confirmChoice')}
            onRecord={submitted}
          />
          {props.afterRejection}
        </Notice>
      ) : null}
    </>
  )
}
