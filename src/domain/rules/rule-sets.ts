import { currentRuleSet } from './current'
import { guideRuleSet } from './guide'
import type { RuleSet, RuleSetId } from './rule-set'

export const ruleSets: Readonly<Record<RuleSetId, RuleSet>> = {
  guide: guideRuleSet,
  current: currentRuleSet,
}

export const defaultRuleSetId: RuleSetId = 'current'

export const ruleSetIds = ['current', 'guide'] as const satisfies readonly RuleSetId[]

export function isRuleSetId(value: unknown): value is RuleSetId {
  return value === 'guide' || value === 'current'
}
