import { todayInChina } from '../../platform/clock'
import { useRuleSet } from '../../storage/use-rule-set'

/** The rule set chosen in the header and today's date in China. */
export function usePublishEnv() {
  return { ruleSet: useRuleSet(), today: todayInChina() }
}
