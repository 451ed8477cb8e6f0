import { ruleValue, type RuleSet } from '../rules/rule-set'
import type { AdviceReason } from './reasons'
import type { Situation } from './situation'

/**
 * Why the reuse path (复用公众号资质) cannot be taken at all; empty when it can (an uncertified account can
 * be certified first: that is a cost, not a bar).
 */
export function reuseIneligibility(situation: Situation, ruleSet: RuleSet): AdviceReason[] {
  const reasons: AdviceReason[] = []
  // rule: REUSE_OA_TYPES — an organisation's account only; an individual's personal subscription account
  // cannot be certified (REUSE_OA_CERTIFIED), so individuals never reuse.
  const types = ruleValue(ruleSet, 'REUSE_OA_TYPES')?.subjectTypes
  if (types && !types.includes(situation.subjectType)) {
    reasons.push({ code: 'subject-type-cannot-reuse', ruleId: 'REUSE_OA_TYPES' })
    if (situation.subjectType === 'individual') {
      reasons.push({ code: 'personal-account-cannot-certify', ruleId: 'REUSE_OA_CERTIFIED' })
    }
    return reasons
  }
  const account = situation.officialAccount
  // rule: REUSE_OA_CERTIFIED — there must be an account to certify and reuse.
  if (!account) return [{ code: 'no-official-account', ruleId: 'REUSE_OA_CERTIFIED' }]
  // rule: REUSE_QUALIFICATIONS — the subject qualification is always reused (it cannot be unticked), so a
  // fast-registered mini program has the account's subject: another subject's account cannot create ours.
  if (!account.sameSubject) reasons.push({ code: 'account-other-subject', ruleId: 'REUSE_QUALIFICATIONS' })
  // rule: REUSE_OA_CERTIFIED — subscription and service accounts both qualify once certified.
  const accountTypes = ruleValue(ruleSet, 'REUSE_OA_CERTIFIED')?.accountTypes
  if (accountTypes && !accountTypes.includes(account.type)) {
    reasons.push({ code: 'account-type-cannot-reuse', ruleId: 'REUSE_OA_CERTIFIED' })
  }
  return reasons
}
