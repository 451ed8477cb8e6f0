import { ruleValue, type RuleSet } from '../rules/rule-set'
import type { Advice, ReuseCapacity } from './advice'
import { certificationFee, reuseCertification } from '../rules/fees'
import { compareCosts, costOf } from './money'
import { cheapestPlan, fastestPlan, type Plan, type PlanInputs } from './plans'
import type { AdviceReason } from './reasons'
import type { SubjectRoom } from './room'
import type { Situation } from './situation'

export type Decision = Pick<Advice, 'recommended' | 'reasons' | 'alternative' | 'plans'>

export interface DecisionInputs {
  situation: Situation
  ruleSet: RuleSet
  /** SUBJECT_TOTAL as it stands; `null` when the rule set states no total. */
  subject: SubjectRoom | null
  /** Why reuse cannot be taken at all; empty when it can. */
  ineligible: AdviceReason[]
  capacity: ReuseCapacity | null
  plan: PlanInputs
}

/**
 * rule: SUBJECT_TOTAL — more wanted than the subject may hold. Above the limit itself the plan is wrong whatever
 * is held (said even when the count held is unknown, assuming none); below it, only the room left is short.
 */
function subjectReasons({ situation, subject, plan }: DecisionInputs): AdviceReason[] {
  if (subject === null || plan.count >= situation.wanted) return []
  const { limit, held } = subject
  const count = plan.count
  if (held === null) return [{ code: 'wanted-over-total-assumed', ruleId: 'SUBJECT_TOTAL', limit, count }]
  const code = situation.wanted > limit ? 'wanted-over-total' : 'subject-room-short'
  return [{ code, ruleId: 'SUBJECT_TOTAL', count, limit, used: held }]
}

/** What reuse costs besides registering: certifying the account first, and each new mini program's own certification. */
function reuseCaveats({ situation, ruleSet }: DecisionInputs): AdviceReason[] {
  const reuse = reuseCertification(ruleSet, situation.subjectType)
  const caveats: AdviceReason[] = []
  if (situation.officialAccount?.certified === false) {
    caveats.push({ code: 'certify-account-first', ruleId: 'REUSE_OA_CERTIFIED', amount: reuse.fee })
  }
  if (reuse.certification === 'separate') {
    caveats.push({
      code: 'reuse-certified-separately',
      ruleId: 'REUSE_CERT_OUTCOME',
      amount: reuse.fee,
      ...(reuse.since ? { date: reuse.since } : {}),
    })
  }
  return caveats
}

function standaloneFee({ ruleSet, situation }: DecisionInputs): AdviceReason {
  return {
    code: 'standalone-fee',
    ruleId: 'CERT_FEE',
    amount: certificationFee(ruleSet, situation.subjectType),
  }
}

/** Standalone advised: why (the subject's room first), and, once, why not reuse. */
function standalone(inputs: DecisionInputs, why: AdviceReason[], whyNotReuse: AdviceReason[]): Decision {
  return {
    recommended: 'standalone',
    reasons: [...subjectReasons(inputs), ...why, standaloneFee(inputs)],
    alternative: { path: 'reuse', whyNot: whyNotReuse },
    plans: null,
  }
}

/** Reuse cannot be taken: standalone is the one way left, resting on the rule that bars reuse. */
function onlyStandalone(inputs: DecisionInputs, bars: AdviceReason[]): Decision {
  const [first] = bars
  const why: AdviceReason[] = first ? [{ code: 'only-path', ruleId: first.ruleId }] : []
  return standalone(inputs, why, bars)
}

/** Why reuse takes the time it does: a pending registration, a month used up, more than the account takes. */
function roomReasons(inputs: DecisionInputs, capacity: ReuseCapacity, cheapest: Plan): AdviceReason[] {
  const reasons: AdviceReason[] = []
  if (capacity.waitsForPending) {
    reasons.push({ code: 'finish-pending-first', ruleId: 'FAST_REG_ONE_AT_A_TIME' })
  }
  const limitedBy = capacity.limitedBy ?? 'OA_LINK_SAME'
  if (capacity.thisMonth === 0) {
    reasons.push({ code: 'no-room-this-month', ruleId: limitedBy, date: capacity.resetsOn })
  }
  if (cheapest.batches.length > 1) {
    const ruleId = cheapest.standalone > 0 ? 'OA_LINK_SAME' : limitedBy
    reasons.push({ code: 'split-needed', ruleId, count: cheapest.reuse })
  }
  return reasons
}

/**
 * The path to advise. None when the subject is at its total; standalone when reuse cannot be taken or has
 * no room in any month; otherwise whichever costs less for the mini programs that can be placed, reuse
 * priced by its cheapest plan (spread over months, the rest standalone). A tie goes to standalone, which
 * depends on no account and uses none of its quotas.
 */
export function decide(inputs: DecisionInputs): Decision {
  const { plan, capacity, ineligible, subject } = inputs
  if (subject !== null && subject.held !== null && subject.held >= subject.limit) {
    const { limit, held: used } = subject
    return {
      recommended: 'none',
      reasons: [{ code: 'subject-total-reached', ruleId: 'SUBJECT_TOTAL', limit, used }],
      alternative: null,
      plans: null,
    }
  }
  if (ineligible.length > 0 || capacity === null) return onlyStandalone(inputs, ineligible)
  const cheapest = cheapestPlan(plan)
  if (cheapest.reuse === 0) {
    const usedUp: AdviceReason = {
      code: 'association-room-used-up',
      ruleId: 'OA_LINK_SAME',
      limit: ruleValue(inputs.ruleSet, 'OA_LINK_SAME')?.limit ?? null,
      used: plan.usage.officialAccount?.sameSubjectLinks ?? 0,
    }
    return onlyStandalone(inputs, [usedUp])
  }
  const costs = { reuse: cheapest.cost, standalone: costOf(plan.prices.standalone, plan.count) }
  const order = compareCosts(costs.reuse, costs.standalone)
  // The comparison is said once, under the path advised, resting on the fee it compares (CERT_FEE); the other
  // path's reasons say what makes it dearer (certifying the account, an outcome nobody promises).
  if (order >= 0) {
    const code = order === 0 ? 'costs-equal' : 'standalone-cheaper'
    return standalone(inputs, [{ code, ruleId: 'CERT_FEE', costs }], reuseCaveats(inputs))
  }
  const split = capacity.thisMonth !== null && plan.count > capacity.thisMonth
  return {
    recommended: 'reuse',
    reasons: [
      ...subjectReasons(inputs),
      { code: 'reuse-cheaper', ruleId: 'CERT_FEE', costs },
      ...reuseCaveats(inputs),
      ...roomReasons(inputs, capacity, cheapest),
    ],
    alternative: { path: 'standalone', whyNot: [standaloneFee(inputs)] },
    plans: split ? { cheapest, fastest: fastestPlan(plan) } : null,
  }
}
