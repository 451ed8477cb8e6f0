import type { SubjectType } from '../subject'
import { ruleValue, type RuleSet } from './rule-set'

/**
 * rule: CERT_FEE — what one certification application (微信认证) costs a subject of this type, in CNY; 0 where
 * the rule set does not state the fee. Every screen and total that shows or adds the fee reads it here.
 */
export function certificationFee(ruleSet: RuleSet, subjectType: SubjectType): number {
  return ruleValue(ruleSet, 'CERT_FEE')?.feeBySubject[subjectType] ?? 0
}
