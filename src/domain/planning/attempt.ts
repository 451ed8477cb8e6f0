// 批量规划: one row tried on one path, month after month, against the counts so far (nothing is placed here).
// schedule.ts places the rows; ways-out.ts tries other paths and accounts against the final counts.
import { reuseIneligibility } from '../advisor/eligibility'
import { costOf, reusePrices, standalonePrices } from '../advisor/money'
import type { Situation } from '../advisor/situation'
import { checkQuotas } from '../quota/check-quotas'
import type { QuotaFinding } from '../quota/types'
import { certificationFee, reuseCertification } from '../rules/fees'
import type { RuleId } from '../rules/rule-ids'
import type { RuleSet } from '../rules/rule-set'
import { subjectKey, type PlannedRow } from './plan-row'
import type { Decision, PlanAccount, RowFee, ScheduledPath } from './plan-types'
import { monthAt, type Tally } from './tally'

/** The rules whose block waiting for a later month can lift: their counts start again each month. */
export const MONTHLY_RULES: readonly RuleId[] = [
  'OA_LINK_MONTHLY',
  'FAST_REG_MONTHLY',
  'FAST_REG_ONE_AT_A_TIME',
  'MP_LINK_MONTHLY',
]

export const defaultHorizon = 120

/** A path tried for a row: where it fits, or why it never will. */
export type Attempt =
  | { fits: true; index: number; pushed: Decision[]; findings: QuotaFinding[]; fee: RowFee; known: boolean }
  | { fits: false; rules: RuleId[]; findings: QuotaFinding[]; kind: 'permanent' | 'horizon' }

/** What scheduling needs at hand for every row. */
export interface Context {
  ruleSet: RuleSet
  tally: Tally
  horizon: number
}

/** What reuse eligibility (the advisor's) reads: the account as the row's subject sees it. */
function situationOf(row: PlannedRow, account: PlanAccount | null): Situation {
  return {
    subjectType: row.subjectType,
    wanted: 1,
    officialAccount: account && {
      type: account.type,
      certified: account.certified,
      sameSubject: account.subject === undefined || account.subject === subjectKey(row),
      sameSubjectLinks: account.sameSubjectLinks,
      otherSubjectLinks: account.otherSubjectLinks,
      monthNewLinks: account.monthNewLinks,
      monthFastRegistrations: account.monthFastRegistrations,
      fastRegistrationPending: account.fastRegistrationPending,
    },
  }
}

function feeOf(row: PlannedRow, path: ScheduledPath, context: Context, account?: string): RowFee {
  const { ruleSet, tally } = context
  if (path === 'standalone' || account === undefined) {
    const prices = standalonePrices(row.subjectType, ruleSet)
    return {
      certification: certificationFee(ruleSet, row.subjectType),
      upfront: prices.upfront,
      total: costOf(prices, 1),
    }
  }
  const situation = situationOf(row, tally.account(account, row).account)
  const prices = reusePrices(situation, ruleSet)
  // rule: REUSE_OA_CERTIFIED — the account is certified once, by the plan's first fast registration on it.
  const upfront = tally.accountCertifiedByPlan(account) ? { min: 0, max: 0 } : prices.upfront
  return {
    certification: reuseCertification(ruleSet, row.subjectType).perMiniProgram,
    upfront,
    total: costOf({ ...prices, upfront }, 1),
  }
}

/**
 * The first month the row fits on `path` (on `account` for reuse), or why it never will. Nothing is placed.
 * Exported for the ways out, which try the other path and other accounts against the final counts.
 */
export function attempt(
  row: PlannedRow,
  path: ScheduledPath,
  context: Context,
  account: string | null,
): Attempt {
  const { ruleSet, tally, horizon } = context
  if (path === 'reuse') {
    // No account named: the advisor's answer for a subject without one (REUSE_OA_TYPES first for an individual).
    const situation = situationOf(row, account === null ? null : tally.account(account, row).account)
    const ineligible = reuseIneligibility(situation, ruleSet)
    if (ineligible.length > 0) {
      return { fits: false, rules: unique(ineligible.map((r) => r.ruleId)), findings: [], kind: 'permanent' }
    }
  }
  const action = path === 'reuse' ? 'fast-register' : 'standalone'
  const request = { action, subjectType: row.subjectType, email: row.email } as const
  const pushed = new Map<RuleId, string>()
  let last: QuotaFinding[] = []
  const first = path === 'reuse' && account !== null ? tally.firstOpenMonth(account) : 0
  for (let index = first; index < horizon; index += 1) {
    // Standalone: the account the row names still matters to EMAIL_UNIQUE (its own email is registered).
    const usage = tally.usageFor(row, index, path === 'reuse' ? account : row.officialAccount)
    const findings = checkQuotas(usage, request, ruleSet)
    const blocks = findings.filter((f) => f.severity === 'block')
    const permanent = blocks.filter((f) => !MONTHLY_RULES.includes(f.ruleId))
    if (permanent.length > 0) {
      return {
        fits: false,
        rules: unique(permanent.map((f) => f.ruleId)),
        findings: permanent,
        kind: 'permanent',
      }
    }
    if (blocks.length === 0) {
      const decisions = [...pushed].map(([ruleId, month]): Decision => ({ ruleId, effect: 'pushed', month }))
      return {
        fits: true,
        index,
        pushed: decisions,
        findings,
        fee: feeOf(row, path, context, account ?? undefined),
        known: account === null || tally.account(account, row).known,
      }
    }
    for (const block of blocks) pushed.set(block.ruleId, monthAt(tally.start, index))
    last = blocks
  }
  return { fits: false, rules: unique(last.map((f) => f.ruleId)), findings: last, kind: 'horizon' }
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}
