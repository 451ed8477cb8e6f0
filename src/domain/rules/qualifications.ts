import type { SubjectType } from '../subject'
import { requireRuleValue, type OaMenuItem, type RuleSet, type RuleValues } from './rule-set'

/**
 * rule: REUSE_QUALIFICATIONS — whether a fast registration for this subject type must tick 微信认证资质. The
 * wizard's schema, its form and its texts all ask here.
 */
export function certificationQualificationRequired(ruleSet: RuleSet, subjectType: SubjectType): boolean {
  return requireRuleValue(ruleSet, 'REUSE_QUALIFICATIONS').certificationRequiredFor.includes(subjectType)
}

/** rule: OA_MENU_PATH — the menu items clicked in turn in the official account's back office to reach `place`. */
export function officialAccountMenuPath(
  ruleSet: RuleSet,
  place: Exclude<keyof RuleValues['OA_MENU_PATH'], 'serviceAccountSeparate'>,
): readonly OaMenuItem[] {
  return requireRuleValue(ruleSet, 'OA_MENU_PATH')[place]
}
