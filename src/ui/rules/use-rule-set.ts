import { ruleSets, type RuleSet } from '../../domain'
import { useSettingsStore } from '../../storage/settings-store'

/** The active rule set (规则版本), as chosen in the header and remembered. */
export function useRuleSet(): RuleSet {
  return ruleSets[useSettingsStore((s) => s.ruleSetId)]
}
