import { firstOfMonth, type LocalDate } from '../dates'
import { checkQuotas } from '../quota/check-quotas'
import type { QuotaFinding, Usage } from '../quota/types'
import type { RuleId } from '../rules/rule-ids'
import { ruleSets } from '../rules/rule-sets'
import { ruleValue, type RuleSet } from '../rules/rule-set'
import { adminCapacity } from './admins'
import type { Advice, AdviceFinding, ReuseCapacity } from './advice'
import { decide } from './decide'
import { reuseIneligibility } from './eligibility'
import { feeTable, reusePrices, standalonePrices, type FeeTable } from './money'
import { needs } from './needs'
import type { PathId } from './path-id'
import { reuseRoom, reuseRuleIds, roomLeft, subjectRoom } from './room'
import type { Situation } from './situation'
import { pathTimeline, reuseSteps, standaloneSteps } from './timeline'
import { afterPending, usageOf } from './usage'

const monthlyRules = new Set(['FAST_REG_MONTHLY', 'OA_LINK_MONTHLY'])

/** The findings as they stand today: the subject's and admin's limits, then the account's for reuse. */
function findings(
  usage: Usage,
  situation: Situation,
  placeable: number,
  reuse: boolean,
  ruleSet: RuleSet,
  today: LocalDate,
): AdviceFinding[] {
  const subjectType = situation.subjectType
  const shared: PathId | 'both' = reuse ? 'both' : 'standalone'
  const tag =
    (path: PathId | 'both') =>
    (f: QuotaFinding): AdviceFinding => ({
      ...f,
      path,
      ...(monthlyRules.has(f.ruleId) && f.severity !== 'advice' ? { resetsOn: firstOfMonth(today) } : {}),
    })
  const check = (action: 'standalone' | 'fast-register', count: number, only: readonly RuleId[]) =>
    checkQuotas(usage, { action, subjectType, count, only }, ruleSet)
  return [
    ...check('standalone', situation.wanted, ['SUBJECT_TOTAL']).map(tag(shared)),
    ...check('standalone', placeable, ['ID_CARD_LIMIT', 'PHONE_LIMIT']).map(tag(shared)),
    ...(reuse ? check('fast-register', placeable, reuseRuleIds).map(tag('reuse')) : []),
  ]
}

function reuseCapacity(
  usage: Usage,
  situation: Situation,
  ruleSet: RuleSet,
  today: LocalDate,
): ReuseCapacity {
  const request = { action: 'fast-register' as const, subjectType: situation.subjectType }
  const month = reuseRoom(usage, situation.subjectType, ruleSet)
  return {
    associationRoom: roomLeft(usage, request, ['OA_LINK_SAME'], ruleSet).left,
    thisMonth: month.left,
    limitedBy: month.limitedBy,
    resetsOn: firstOfMonth(today),
    waitsForPending:
      situation.officialAccount?.fastRegistrationPending === true &&
      ruleValue(ruleSet, 'FAST_REG_ONE_AT_A_TIME') !== null,
  }
}

/**
 * What to have ready is for the path advised: reuse alone, or reuse and standalone when its plans split the
 * mini programs between the two; standalone alone otherwise. Nothing when no path is open.
 */
function neededPaths(recommended: Advice['recommended'], plans: Advice['plans']): PathId[] {
  if (recommended === 'none') return []
  if (recommended === 'standalone') return ['standalone']
  const split = plans !== null && (plans.cheapest.standalone > 0 || plans.fastest.standalone > 0)
  return split ? ['reuse', 'standalone'] : ['reuse']
}

function sameFigures(a: FeeTable, b: FeeTable): boolean {
  return JSON.stringify({ ...a, ruleSetId: null }) === JSON.stringify({ ...b, ruleSetId: null })
}

/**
 * Which path to take to register `situation.wanted` mini programs, what it costs, what to have ready and how
 * long it takes, under `ruleSet`, on `today` (a date in China). Pure: the same arguments give the same advice.
 */
export function advise(situation: Situation, ruleSet: RuleSet, today: LocalDate): Advice {
  const s: Situation = { ...situation, wanted: Math.max(0, Math.floor(situation.wanted)) }
  const usage = usageOf(s)
  const ineligible = reuseIneligibility(s, ruleSet)
  const eligible = ineligible.length === 0
  // rule: SUBJECT_TOTAL — a plan above the total is answered for what can be done: the room left, or the
  // whole total when the count held is unknown (the answer states that assumption).
  const subject = subjectRoom(usage, s.subjectType, ruleSet)
  const placeable = subject === null ? s.wanted : Math.min(s.wanted, subject.left)
  const planning = afterPending(usage)
  const capacity = eligible ? reuseCapacity(planning, s, ruleSet, today) : null
  const timeline = {
    standalone: pathTimeline(standaloneSteps(s, ruleSet)),
    reuse: eligible ? pathTimeline(reuseSteps(s, ruleSet)) : null,
  }
  const decision = decide({
    situation: s,
    ruleSet,
    subject,
    ineligible,
    capacity,
    plan: {
      today,
      subjectType: s.subjectType,
      ruleSet,
      count: placeable,
      usage: planning,
      prices: { standalone: standalonePrices(s.subjectType, ruleSet), reuse: reusePrices(s, ruleSet) },
      timelines: { standalone: timeline.standalone, reuse: timeline.reuse ?? timeline.standalone },
    },
  })
  const all = findings(usage, s, placeable, eligible, ruleSet, today)
  const other = ruleSet.id === 'current' ? 'guide' : 'current'
  // The fees, like the rest of the answer, are for the mini programs that can be created.
  const placed: Situation = { ...s, wanted: placeable }
  const feesUnder = {
    [ruleSet.id]: feeTable(placed, ruleSet),
    [other]: feeTable(placed, ruleSets[other]),
  } as Advice['feesUnder']
  const paths = neededPaths(decision.recommended, decision.plans)
  return {
    ruleSetId: ruleSet.id,
    today,
    wanted: s.wanted,
    placeable,
    subject,
    ...decision,
    blockers: all.filter((f) => f.severity === 'block'),
    warnings: all.filter((f) => f.severity !== 'block'),
    fees: feesUnder[ruleSet.id],
    feesUnder,
    feesDiffer: !sameFigures(feesUnder.current, feesUnder.guide),
    needs:
      paths.length === 0
        ? []
        : needs(s, ruleSet, placeable, paths, adminCapacity(usage, s.subjectType, ruleSet, placeable)),
    timeline,
    reuseCapacity: capacity,
    plans: decision.plans,
  }
}
