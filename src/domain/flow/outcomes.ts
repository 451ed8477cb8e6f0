import type { LocalDate } from '../dates'
import { addDays } from '../dates'
import { certificationFee, type CertificationFee } from '../rules/fees'
import type { ReuseCertOutcome, RuleSet } from '../rules/rule-set'
import { ruleValue } from '../rules/rule-set'
import type { SubjectType } from '../subject'

/** One paid certification application (微信认证). CERT_FEE is paid per application and never refunded. */
export interface CertApplication {
  submittedOn: LocalDate
  /** Times the reviewer asked for more material within this application. CERT_REVIEW_TIME */
  sentBack: number
  /**
   * Times material was supplied and the application resubmitted: a request for material is not material
   * supplied. Absent on records kept before it was counted (read it with `materialSupplied`).
   */
  resubmitted?: number
  /** awaiting-material: sent back, the user has to add material and resubmit. */
  result: 'pending' | 'awaiting-material' | 'approved' | 'rejected'
}

export interface TransferRecord {
  startedOn: LocalDate
  /** The last day the small transfer can be made (TRANSFER_VERIFY). */
  deadline: LocalDate
  /** The day the transfer was recorded as done (absent on records kept before it was). */
  doneOn?: LocalDate
  result: 'pending' | 'done' | 'expired'
}

/** What the platform shows after a fast registration (REUSE_CERT_OUTCOME). */
export type ReuseResult = ReuseCertOutcome

/** What happened on the platform, recorded as it happens. */
export interface Outcomes {
  /** The mini program's own certification: standalone, or a re-application after 认证未成功 on the reuse path. */
  certification?: CertApplication[]
  /** Certifying the official account first (reuse path, REUSE_OA_CERTIFIED). */
  oaCertification?: CertApplication[]
  transfer?: TransferRecord
  /** The reuse path's registration result (REUSE_CERT_OUTCOME). */
  reuseResult?: ReuseResult
  /** The mini program's AppID as the platform shows it, recorded once registered (rule: APPID). */
  appId?: string
}

export type CertTarget = 'mini-program' | 'official-account'

export type OutcomeEvent =
  | { kind: 'cert-submitted'; target: CertTarget; on: LocalDate }
  | { kind: 'cert-sent-back'; target: CertTarget }
  | { kind: 'cert-resubmitted'; target: CertTarget }
  | { kind: 'cert-approved'; target: CertTarget }
  | { kind: 'cert-rejected'; target: CertTarget }
  | { kind: 'transfer-started'; on: LocalDate }
  | { kind: 'transfer-done'; on: LocalDate }
  | { kind: 'transfer-expired' }
  | { kind: 'reuse-result'; result: ReuseResult }
  /** The AppID, checked by the machine against the APPID field rule before it is recorded. */
  | { kind: 'app-id-recorded'; appId: string }

export type OutcomeRejection =
  | 'application-open'
  | 'no-open-application'
  | 'not-awaiting-material'
  | 'transfer-not-started'
  | 'transfer-closed'
  | 'transfer-deadline-passed'
  | 'not-stated-in-rule-set'

function key(target: CertTarget): 'certification' | 'oaCertification' {
  return target === 'mini-program' ? 'certification' : 'oaCertification'
}

export function lastApplication(list: readonly CertApplication[] | undefined): CertApplication | undefined {
  return list?.[list.length - 1]
}

function isOpen(app: CertApplication | undefined): boolean {
  return app !== undefined && (app.result === 'pending' || app.result === 'awaiting-material')
}

function replaceLast(list: readonly CertApplication[], app: CertApplication): CertApplication[] {
  return [...list.slice(0, -1), app]
}

function recordCertification(
  outcomes: Outcomes,
  event: Extract<OutcomeEvent, { target: CertTarget }>,
  ruleSet: RuleSet,
): Outcomes | OutcomeRejection {
  const k = key(event.target)
  const list = outcomes[k] ?? []
  const last = lastApplication(list)
  if (event.kind === 'cert-submitted') {
    if (isOpen(last)) return 'application-open'
    const app: CertApplication = { submittedOn: event.on, sentBack: 0, resubmitted: 0, result: 'pending' }
    return { ...outcomes, [k]: [...list, app] }
  }
  if (!last || !isOpen(last)) return 'no-open-application'
  switch (event.kind) {
    case 'cert-sent-back': {
      if (last.result !== 'pending') return 'not-awaiting-material'
      // rule: CERT_REVIEW_TIME — up to maxSendBacks requests for material within one paid application;
      // one more closes it, and a new application costs CERT_FEE again.
      const max = ruleValue(ruleSet, 'CERT_REVIEW_TIME')?.maxSendBacks
      const sentBack = last.sentBack + 1
      const result = max !== undefined && sentBack > max ? 'rejected' : 'awaiting-material'
      return { ...outcomes, [k]: replaceLast(list, { ...last, sentBack, result }) }
    }
    case 'cert-resubmitted':
      if (last.result !== 'awaiting-material') return 'not-awaiting-material'
      return {
        ...outcomes,
        [k]: replaceLast(list, { ...last, resubmitted: materialSupplied(last) + 1, result: 'pending' }),
      }
    case 'cert-approved':
      return { ...outcomes, [k]: replaceLast(list, { ...last, result: 'approved' }) }
    case 'cert-rejected':
      return { ...outcomes, [k]: replaceLast(list, { ...last, result: 'rejected' }) }
  }
}

function recordTransfer(
  outcomes: Outcomes,
  event: Extract<OutcomeEvent, { kind: `transfer-${string}` }>,
  ruleSet: RuleSet,
): Outcomes | OutcomeRejection {
  // rule: TRANSFER_VERIFY — the small transfer must be done within its days or registration fails.
  const rule = ruleValue(ruleSet, 'TRANSFER_VERIFY')
  if (!rule) return 'not-stated-in-rule-set'
  const transfer = outcomes.transfer
  if (event.kind === 'transfer-started') {
    if (transfer && transfer.result !== 'expired') return 'transfer-closed'
    return {
      ...outcomes,
      transfer: { startedOn: event.on, deadline: addDays(event.on, rule.days), result: 'pending' },
    }
  }
  if (!transfer) return 'transfer-not-started'
  if (transfer.result !== 'pending') return 'transfer-closed'
  if (event.kind === 'transfer-done') {
    if (event.on > transfer.deadline) return 'transfer-deadline-passed'
    return { ...outcomes, transfer: { ...transfer, doneOn: event.on, result: 'done' } }
  }
  return { ...outcomes, transfer: { ...transfer, result: 'expired' } }
}

/** Apply one recorded outcome; a rejection names why the event does not fit the record so far. */
export function recordOutcome(
  outcomes: Outcomes,
  event: OutcomeEvent,
  ruleSet: RuleSet,
): Outcomes | OutcomeRejection {
  switch (event.kind) {
    case 'cert-submitted':
    case 'cert-sent-back':
    case 'cert-resubmitted':
    case 'cert-approved':
    case 'cert-rejected':
      return recordCertification(outcomes, event, ruleSet)
    case 'transfer-started':
    case 'transfer-done':
    case 'transfer-expired':
      return recordTransfer(outcomes, event, ruleSet)
    case 'reuse-result':
      return { ...outcomes, reuseResult: event.result }
    case 'app-id-recorded':
      return { ...outcomes, appId: event.appId.trim() }
  }
}

/** How many paid applications a record holds: each one cost CERT_FEE. */
export function paidApplications(list: readonly CertApplication[] | undefined): number {
  return list?.length ?? 0
}

export function isApproved(list: readonly CertApplication[] | undefined): boolean {
  return lastApplication(list)?.result === 'approved'
}

/**
 * rule: CERT_REVIEW_TIME — how many times material was supplied within one application. Only a resubmission
 * counts: while the platform waits for material (`awaiting-material`), that request is not yet answered.
 */
export function materialSupplied(app: CertApplication): number {
  if (app.resubmitted !== undefined) return app.resubmitted
  // Kept before resubmissions were counted: each request was answered, except one still waiting. A closed
  // application's last request may not have been, and is then counted: the best the old record can tell.
  return Math.max(0, app.sentBack - (app.result === 'awaiting-material' ? 1 : 0))
}

/** One paid certification application, with what it cost (CERT_FEE). */
export interface PaidCertification {
  target: CertTarget
  /** 1-based, per target. */
  n: number
  submittedOn: LocalDate
  result: CertApplication['result']
  /** A range, or a caution, when the rule set cannot say the one amount (CERT_FEE). */
  amount: CertificationFee
}

/**
 * rule: CERT_FEE — every application paid so far, the mini program's and the official account's, each at
 * the subject type's fee: paid per application, never refunded, so a rejected one counts too.
 */
export function paidCertifications(
  outcomes: Outcomes,
  subjectType: SubjectType | undefined,
  ruleSet: RuleSet,
): PaidCertification[] {
  const amount = certificationFee(ruleSet, subjectType ?? 'enterprise')
  const of = (target: CertTarget) =>
    (outcomes[key(target)] ?? []).map((app, index) => ({
      target,
      n: index + 1,
      submittedOn: app.submittedOn,
      result: app.result,
      amount,
    }))
  return [...of('official-account'), ...of('mini-program')]
}
