import { addMonths, type LocalDate } from '../dates'
import { ruleValue, type RuleSet } from './rule-set'

/**
 * rule: CERT_VALIDITY — the last certification expiry whose annual review (年审) is open on `today`: a
 * certification expiring on or before it can be renewed now. `null` where the rule set states no annual review.
 */
export function annualReviewOpenUntil(ruleSet: RuleSet, today: LocalDate): LocalDate | null {
  const review = ruleValue(ruleSet, 'CERT_VALIDITY')?.annualReview
  return review ? addMonths(today, review.opensMonthsBefore) : null
}
