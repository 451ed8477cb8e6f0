import { currentRuleSet } from './current'
import { guideRuleSet } from './guide'
import type { RuleSet, RuleSetId } from './rule-set'

export const ruleSets: Readonly<Record<RuleSetId, RuleSet>> = {
  guide: guideRuleSet,
  current: currentRuleSet,
}

export { defaultRuleSetId, isRuleSetId, ruleSetIds } from './rule-set-ids'
