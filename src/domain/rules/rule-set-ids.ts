import type { RuleSetId } from './rule-set'

// The rule sets' ids alone: the header reads them on every page, without the rule sets themselves.

export const defaultRuleSetId: RuleSetId = 'current'

export const ruleSetIds = ['current', 'guide'] as const satisfies readonly RuleSetId[]

export function isRuleSetId(value: unknown): value is RuleSetId {
  return value === 'guide' || value === 'current'
}
