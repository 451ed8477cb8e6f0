// 批量规划: what the scheduler is given besides the rows (the ledger's usage) and what it returns.
import type { MoneyRange } from '../advisor/types'
import type { CertificationFee } from '../rules/fees'
import type { RuleId } from '../rules/rule-ids'
import type { OfficialAccountUsage, QuotaFinding } from '../quota/types'
import type { PlanPath } from './plan-row'

/** An official account the ledger knows: its usage now, and what reuse eligibility needs. */
export interface PlanAccount extends OfficialAccountUsage {
  /** 订阅号 or 服务号 (REUSE_OA_CERTIFIED). */
  type: 'subscription' | 'service'
  /** Shows 已认证: an uncertified account is certified once, for CERT_FEE, before its first fast registration. */
  certified: boolean
  /** The subject (`subjectKey`) the account belongs to; absent when unknown (taken as the row's own). */
  subject?: string
}

/**
 * What the ledger already holds, keyed as the rows are: a subject by `subjectKey` (credit code, or name), an
 * admin by the keyed hashes of the ID card and mobile, an official account by its name. A key the ledger does
 * not hold counts as nothing used (a new subject, admin or account); an official account the ledger does not
 * know is taken as a certified 订阅号 with nothing used, of the subject of the first row (in placement order) that
 * names it (`accountKnown: false` on its rows).
 * The monthly counts of each account (`monthNewLinks`, `monthFastRegistrations`, `fastRegistrationPending`)
 * are those of today's month.
 */
export interface PlanUsage {
  subjects: Readonly<Record<string, number>>
  idCards: Readonly<Record<string, number>>
  mobiles: Readonly<Record<string, number>>
  /** Registered emails (any case: compared as checkQuotas compares them). */
  emailsInUse: readonly string[]
  officialAccounts: Readonly<Record<string, PlanAccount>>
}

export const emptyPlanUsage: PlanUsage = {
  subjects: {},
  idCards: {},
  mobiles: {},
  emailsInUse: [],
  officialAccounts: {},
}

export interface ScheduleOptions {
  /** 'YYYY-MM': the first month to plan in (today's month when earlier). */
  startMonth: string
  /** China's date: its month is the one the ledger's monthly counts belong to. */
  today: string
  /** How many months to look ahead before a row is given up (default 120). */
  horizon?: number
}

/** The path a row is scheduled on. */
export type ScheduledPath = 'standalone' | 'reuse'

/**
 * A rule that decided something about a row: `pushed` (a monthly cap full in `month` moved it later), `path`
 * (不限 resolved, or its other path taken, because of this rule), `last-room` (it takes the last room left).
 */
export interface Decision {
  ruleId: RuleId
  effect: 'pushed' | 'path' | 'last-room'
  /** For `pushed`: the month that was full. */
  month?: string
}

/** What a scheduled row costs: certification of the mini program, plus once certifying an uncertified account. */
export interface RowFee {
  /** CERT_FEE for standalone; REUSE_CERT_OUTCOME's per-mini-program fee (free under `guide`) for reuse. */
  certification: CertificationFee
  /** Certifying the official account first (the first fast registration of an uncertified account). */
  upfront: MoneyRange
  total: MoneyRange
}

/**
 * A way out of a refusal, computed from the plan and the ledger: another admin (`candidates`: masked ID cards
 * in the plan with room left), another mobile (likewise), another email, the other path (it fits), another
 * official account of the same subject with room (`accounts`: names).
 */
export type WayOut =
  | { kind: 'another-admin'; candidates: string[] }
  | { kind: 'another-mobile'; candidates: string[] }
  | { kind: 'another-email' }
  | { kind: 'other-path'; path: ScheduledPath }
  | { kind: 'other-account'; accounts: string[] }

export interface ScheduledRow {
  status: 'scheduled'
  row: number
  month: string
  path: ScheduledPath
  requestedPath: PlanPath
  fee: RowFee
  decidedBy: Decision[]
  /** Rules that only advise (not stated, or unknown), as checkQuotas reported them. */
  advice: RuleId[]
  /** Reuse: its place among the account's fast registrations that month (1 first): each starts once the one
   * before is completed (FAST_REG_ONE_AT_A_TIME). */
  queue?: number
  /** The wished month is earlier than the row could be scheduled. */
  wishMissed: boolean
  /** Reuse on an account the ledger does not know: its usage is the plan's only. */
  accountKnown?: boolean
}

export interface RefusedRow {
  status: 'refused'
  row: number
  requestedPath: PlanPath
  /** The rules that refuse it (at least one), with checkQuotas's findings where a quota said so. */
  rules: RuleId[]
  findings: QuotaFinding[]
  /** `permanent`: no month can help; `horizon`: no month within the horizon had room. */
  kind: 'permanent' | 'horizon'
  waysOut: WayOut[]
}

export type RowResult = ScheduledRow | RefusedRow

export interface MonthTotal {
  month: string
  count: number
  standalone: number
  reuse: number
  fee: MoneyRange
}

export interface PlanTotals {
  scheduled: number
  refused: number
  /** From the first month planned to the last month a row is in, inclusive; 0 when nothing is scheduled. */
  monthsNeeded: number
  /** The last month a row is in, `null` when nothing is scheduled. */
  earliestFinish: string | null
  fee: MoneyRange
  wishesMissed: number
  /** Every row is scheduled. */
  complete: boolean
}

export interface Schedule {
  /** In row-number order. */
  rows: RowResult[]
  /** Every month from the first planned to the last with a row, in order (empty months included). */
  months: MonthTotal[]
  totals: PlanTotals
}
