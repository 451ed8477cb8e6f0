import { ruleValue, type RuleSet } from '../rules/rule-set'
import type { Advice, ReuseCapacity } from './advice'
import { certificationFee } from '../rules/fees'
import { compareCosts, costOf } from './money'
import { cheapestPlan, fastestPlan, type Plan, type PlanInputs } from './plans'
import type { AdviceReason } from './reasons'
import type { Situation } from './situation'

export type Decision = Pick<Advice, 'recommended' | 'reasons' | 'alternative' | 'plans'>

export interface DecisionInputs {
  situation: Situation
  ruleSet: RuleSet
  /** SUBJECT_TOTAL as it stands: limit and used, when the subject's count is known. */
  subject: { limit: number; used: number } | null
  /** Why reuse cannot be taken at all; empty when it can. */
  ineligible: AdviceReason[]
  capacity: ReuseCapacity | null
  plan: PlanInputs
}

function subjectReasons({ situation, subject, plan }: DecisionInputs): AdviceReason[] {
  if (subject === null || plan.count >= situation.wanted) return []
  return [{ code: 'subject-room-short', ruleId: 'SUBJECT_TOTAL', count: plan.count, ...subject }]
}

/** What reuse costs beyond its best case: certifying the account first, and certification that may fail. */
function reuseCaveats({ situation, ruleSet }: DecisionInputs): AdviceReason[] {
  const fee = certificationFee(ruleSet, situation.subjectType)
  const caveats: AdviceReason[] = []
  if (situation.officialAccount?.certified === false) {
    caveats.push({ code: 'certify-account-first', ruleId: 'REUSE_OA_CERTIFIED', amount: fee })
  }
  if (ruleValue(ruleSet, 'REUSE_CERT_OUTCOME')?.cost === 'zero-to-fee') {
    caveats.push({ code: 'reuse-certification-uncertain', ruleId: 'REUSE_CERT_OUTCOME', amount: fee })
  }
  return caveats
}

function standalone(inputs: DecisionInputs, why: AdviceReason[], whyNotReuse: AdviceReason[]): Decision {
  const amount = certificationFee(inputs.ruleSet, inputs.situation.subjectType)
  return {
    recommended: 'standalone',
    reasons: [...why, { code: 'standalone-fee', ruleId: 'CERT_FEE', amount }, ...subjectReasons(inputs)],
    alternative: { path: 'reuse', whyNot: whyNotReuse },
    plans: null,
  }
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
  if (subject !== null && subject.used >= subject.limit) {
    return {
      recommended: 'none',
      reasons: [{ code: 'subject-total-reached', ruleId: 'SUBJECT_TOTAL', ...subject }],
      alternative: null,
      plans: null,
    }
  }
  if (ineligible.length > 0 || capacity === null) return standalone(inputs, ineligible, ineligible)
  const cheapest = cheapestPlan(plan)
  if (cheapest.reuse === 0) {
    const usedUp: AdviceReason = {
      code: 'association-room-used-up',
      ruleId: 'OA_LINK_SAME',
      limit: ruleValue(inputs.ruleSet, 'OA_LINK_SAME')?.limit ?? null,
      used: plan.usage.officialAccount?.sameSubjectLinks ?? 0,
    }
    return standalone(inputs, [usedUp], [usedUp])
  }
  const costs = { reuse: cheapest.cost, standalone: costOf(plan.prices.standalone, plan.count) }
  const order = compareCosts(costs.reuse, costs.standalone)
  if (order >= 0) {
    const code = order === 0 ? 'costs-equal' : 'standalone-cheaper'
    const blame =
      inputs.situation.officialAccount?.certified === false ? 'REUSE_OA_CERTIFIED' : 'REUSE_CERT_OUTCOME'
    return standalone(
      inputs,
      [{ code, ruleId: 'CERT_FEE', costs }],
      [{ code, ruleId: blame, costs }, ...reuseCaveats(inputs)],
    )
  }
  const split = capacity.thisMonth !== null && plan.count > capacity.thisMonth
  return {
    recommended: 'reuse',
    reasons: [
      { code: 'reuse-cheaper', ruleId: 'REUSE_CERT_OUTCOME', costs },
      ...reuseCaveats(inputs),
      ...roomReasons(inputs, capacity, cheapest),
      ...subjectReasons(inputs),
    ],
    alternative: { path: 'standalone', whyNot: [{ code: 'reuse-cheaper', ruleId: 'CERT_FEE', costs }] },
    plans: split ? { cheapest, fastest: fastestPlan(plan) } : null,
  }
}
