// 批量规划: the Chinese a user reads about a schedule (the table, the totals, the exports). Pure: every word from
// the catalog (areas 'plan' and the shell's terms/rules), every number of a rule from the rule set passed in,
// read by the domain's own quota reading (measureQuotas), never typed.
import {
  MONTHLY_RULES,
  measureQuotas,
  type Decision,
  type MoneyRange,
  type PlannedRow,
  type PlanPath,
  type PlanTotals,
  type QuotaFinding,
  type RefusedRow,
  type RowFee,
  type RowResult,
  type RuleId,
  type RuleSet,
  type ScheduledPath,
  type ScheduledRow,
  type Usage,
  type WayOut,
} from '../../domain'
import { joinList, t } from '../../i18n'
import { formatFee, formatMoney } from '../../ui/format'
import { ruleName, ruleSummary } from '../../ui/rules/rule-text'

/** '2027-03' → "2027年3月". */
export function monthText(month: string): string {
  const [year, number] = month.split('-')
  return t('plan.result.month', { year: year ?? '', month: Number(number) })
}

/** 单独注册, 复用公众号 or 不限: the words of the plan's 注册方式 column. */
export function pathText(path: PlanPath | ScheduledPath): string {
  return t(`plan.paths.${path}`)
}

/** "免费", "300 元" or "0–300 元". */
export function moneyText(range: MoneyRange): string {
  return range.max === 0 ? t('terms.money.free') : formatMoney(range)
}

/**
 * A row's fee as the rule set can say it (free, an amount, a range or a caution: formatFee); when the official
 * account must first be certified, the total with that part named.
 */
export function rowFeeText(fee: RowFee): string {
  if (fee.upfront.max === 0) return formatFee(fee.certification)
  return t('plan.result.fee.withUpfront', { total: moneyText(fee.total), upfront: moneyText(fee.upfront) })
}

/** An account, a subject, an admin with nothing used: what a rule's limit is measured against. */
function blankUsage(planned: PlannedRow): Usage {
  return {
    subjectMiniPrograms: 0,
    idCardMiniPrograms: 0,
    phoneMiniPrograms: 0,
    emailsInUse: [],
    officialAccount: {
      subjectType: planned.subjectType,
      sameSubjectLinks: 0,
      otherSubjectLinks: 0,
      monthNewLinks: { sameSubject: 0, otherSubject: 0 },
      monthFastRegistrations: 0,
      fastRegistrationPending: false,
    },
  }
}

/**
 * The limit of `ruleId` for this row on `path`, as the quota checks read it from the rule set (a sole
 * proprietor's account has its own FAST_REG_MONTHLY cap; OA_LINK_MONTHLY its same-subject half); `null` when
 * the rule set states none.
 */
function limitOf(ruleId: RuleId, planned: PlannedRow, path: ScheduledPath, ruleSet: RuleSet): number | null {
  const action = path === 'reuse' ? 'fast-register' : 'standalone'
  const request = { action, subjectType: planned.subjectType, only: [ruleId] } as const
  return measureQuotas(blankUsage(planned), request, ruleSet)[0]?.limit ?? null
}

function otherPath(path: ScheduledPath): ScheduledPath {
  return path === 'reuse' ? 'standalone' : 'reuse'
}

/**
 * One sentence for one rule that decided something about a scheduled row: why it was pushed to a later month
 * (with the cap from the rule set), why this path was taken, or that it takes the last room of a limit.
 */
export function decisionText(
  decision: Decision,
  row: ScheduledRow,
  planned: PlannedRow,
  ruleSet: RuleSet,
): string {
  const rule = ruleName(decision.ruleId)
  const limit = limitOf(decision.ruleId, planned, row.path, ruleSet)
  switch (decision.effect) {
    case 'pushed': {
      const params = { rule, month: monthText(decision.month ?? row.month), to: monthText(row.month) }
      switch (decision.ruleId) {
        case 'FAST_REG_ONE_AT_A_TIME':
          return t('plan.result.decision.pushed.FAST_REG_ONE_AT_A_TIME', params)
        case 'FAST_REG_MONTHLY':
        case 'OA_LINK_MONTHLY':
          if (limit !== null) return t(`plan.result.decision.pushed.${decision.ruleId}`, { ...params, limit })
          break
        default:
          if (limit !== null) return t('plan.result.decision.pushed.limit', { ...params, limit })
      }
      return t('plan.result.decision.pushed.other', params)
    }
    case 'path': {
      const params = { rule, chosen: pathText(row.path), other: pathText(otherPath(row.path)) }
      // rule: CERT_FEE — 不限 resolved by cost: reuse only when strictly cheaper (schedule.ts, preferReuse).
      if (decision.ruleId === 'CERT_FEE')
        return t(`plan.result.decision.path.${row.path === 'reuse' ? 'cheaper' : 'notCheaper'}`, params)
      if (MONTHLY_RULES.includes(decision.ruleId)) return t('plan.result.decision.path.later', params)
      return t('plan.result.decision.path.impossible', params)
    }
    case 'last-room':
      return limit === null
        ? t('plan.result.decision.lastRoomUnknown', { rule })
        : t('plan.result.decision.lastRoom', { rule, limit })
  }
}

/** FAST_REG_ONE_AT_A_TIME: its place among the account's fast registrations that month; `null` off reuse. */
export function queueText(row: ScheduledRow): string | null {
  if (row.queue === undefined) return null
  if (row.queue <= 1) return t('plan.result.queue.first')
  return t('plan.result.queue.next', { position: row.queue, rule: ruleName('FAST_REG_ONE_AT_A_TIME') })
}

/** The wished month could not be met; `null` when it was (or none was given). */
export function wishText(row: ScheduledRow, planned: PlannedRow): string | null {
  if (!row.wishMissed || planned.wishedMonth === null) return null
  return t('plan.result.wish', { wished: monthText(planned.wishedMonth), month: monthText(row.month) })
}

/** A reuse row on an account the ledger does not hold: its usage is the plan's only. */
export function unknownAccountText(row: ScheduledRow, planned: PlannedRow): string | null {
  if (row.accountKnown !== false) return null
  return t('plan.result.unknownAccount', { account: planned.officialAccount ?? '' })
}

/** Rules that only advise on this row (their limit not stated in the rule set, or unknown); `null` when none. */
export function adviceText(row: ScheduledRow): string | null {
  if (row.advice.length === 0) return null
  return t('plan.result.advice', {
    rules: joinList(row.advice.map((id) => t('plan.result.quoted', { name: ruleName(id) }))),
  })
}

/**
 * Everything said about a scheduled row, in order: the decisions, its place in the queue when it must wait for
 * one before it (left out with `queue: false`, for a place that shows the queue on its own), the wish, the
 * account.
 */
export function scheduledNotes(
  row: ScheduledRow,
  planned: PlannedRow,
  ruleSet: RuleSet,
  { queue = true }: { queue?: boolean } = {},
): string[] {
  const notes = row.decidedBy.map((decision) => decisionText(decision, row, planned, ruleSet))
  for (const note of [
    queue && row.queue !== undefined && row.queue > 1 ? queueText(row) : null,
    wishText(row, planned),
    unknownAccountText(row, planned),
  ]) {
    if (note !== null) notes.push(note)
  }
  return notes
}

function findingText(ruleId: RuleId, finding: QuotaFinding | undefined, ruleSet: RuleSet): string {
  const rule = ruleName(ruleId)
  switch (finding?.reason) {
    case 'email-in-use':
      return t('plan.result.refusal.emailInUse', { rule })
    case 'official-account-email':
      return t('plan.result.refusal.officialAccountEmail', { rule })
    case 'one-email-per-mini-program':
      return t('plan.result.refusal.oneEmailPerMiniProgram', { rule })
    case 'pending':
      return t('plan.result.refusal.pending', { rule })
  }
  if (finding && finding.limit !== null && ruleId !== 'EMAIL_UNIQUE')
    return t('plan.result.refusal.limit', { rule, used: finding.used, limit: finding.limit })
  // No finding (an eligibility rule: the account's type, certification, qualifications): what the rule says.
  return t('plan.result.refusal.rule', { rule, summary: ruleSummary(ruleId, ruleSet) })
}

/**
 * Why a row could not be scheduled: one reason per refusing rule (the quota's own numbers where a quota said
 * so, else the rule's summary under the rule set), and whether waiting could help.
 */
export function refusalTexts(row: RefusedRow, ruleSet: RuleSet): { reasons: string[]; waiting: string } {
  const reasons = row.rules.map((ruleId) =>
    findingText(
      ruleId,
      row.findings.find((f) => f.ruleId === ruleId),
      ruleSet,
    ),
  )
  return { reasons, waiting: t(`plan.result.refusal.${row.kind}`) }
}

/** A way out of a refusal, naming its candidates (masked ID cards or mobiles, account names). */
export function wayOutText(way: WayOut): string {
  switch (way.kind) {
    case 'another-admin':
      return way.candidates.length === 0
        ? t('plan.result.wayOut.anotherAdminOutside')
        : t('plan.result.wayOut.anotherAdmin', { candidates: joinList(way.candidates) })
    case 'another-mobile':
      return way.candidates.length === 0
        ? t('plan.result.wayOut.anotherMobileOutside')
        : t('plan.result.wayOut.anotherMobile', { candidates: joinList(way.candidates) })
    case 'another-email':
      return t('plan.result.wayOut.anotherEmail')
    case 'other-path':
      return t('plan.result.wayOut.otherPath', { path: pathText(way.path) })
    case 'other-account':
      return t('plan.result.wayOut.otherAccount', {
        accounts: joinList(way.accounts.map((name) => t('plan.result.quoted', { name }))),
      })
  }
}

/** 已安排 / 无法安排. */
export function statusText(row: RowResult): string {
  return t(`plan.result.status.${row.status}`)
}

/** The summary's pieces; `null` where there is nothing to say (no refusal, nothing scheduled, no wish missed). */
export interface TotalsText {
  scheduled: string
  refused: string | null
  monthsNeeded: string | null
  finish: string | null
  fee: string
  wishesMissed: string | null
}

export function totalsText(totals: PlanTotals): TotalsText {
  const finish = totals.earliestFinish
  return {
    scheduled: t('plan.result.totals.scheduled', { count: totals.scheduled }),
    refused: totals.refused > 0 ? t('plan.result.totals.refused', { count: totals.refused }) : null,
    monthsNeeded:
      totals.monthsNeeded > 0 ? t('plan.result.totals.monthsNeeded', { count: totals.monthsNeeded }) : null,
    finish:
      finish === null
        ? null
        : t(`plan.result.totals.${totals.complete ? 'finish' : 'finishPartial'}`, {
            month: monthText(finish),
          }),
    fee: t('plan.result.totals.fee', { fee: moneyText(totals.fee) }),
    wishesMissed:
      totals.wishesMissed > 0 ? t('plan.result.totals.wishesMissed', { count: totals.wishesMissed }) : null,
  }
}
