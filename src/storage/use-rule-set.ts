import { ruleSets } from '../domain/rules/rule-sets'
import type { RuleSet } from '../domain/rules/rule-set'
import { useSettingsStore } from './settings-store'

/** The active rule set (规则版本), as chosen in the header and remembered. */
export function useRuleSet(): RuleSet {
  return ruleSets[useSettingsStore((s) => s.ruleSetId)]
}
