import {
  ruleIds,
  ruleSetIds,
  ruleSets,
  topicOf,
  type RuleId,
  type RuleSet,
  type RuleTopic,
} from '../../domain'
import { t } from '../../i18n'
import { ruleName, ruleSummary } from '../../ui/rules/rule-text'
import { matchesAllTerms, searchTerms } from '../../ui/text-search'

export type TopicFilter = RuleTopic | 'all'

export interface RuleFilter {
  query: string
  topic: TopicFilter
  /** Only the rules no source states under the active rule set. */
  unverifiedOnly?: boolean
}

export const noFilter: RuleFilter = { query: '', topic: 'all', unverifiedOnly: false }

/** What a search looks through: the id, the name, what the rule says under each rule set, its topic. */
function searchableText(id: RuleId): string[] {
  return [
    id,
    ruleName(id),
    t(`rules.topic.${topicOf(id)}`),
    ...ruleSetIds.map((setId) => ruleSummary(id, ruleSets[setId])),
  ]
}

/** The rules that match the filter, in the rule book's order; `unverifiedOnly` reads the given rule set. */
export function filterRules(filter: RuleFilter, ruleSet: RuleSet = ruleSets.current): RuleId[] {
  const terms = searchTerms(filter.query)
  return ruleIds.filter(
    (id) =>
      (filter.topic === 'all' || topicOf(id) === filter.topic) &&
      (!filter.unverifiedOnly || ruleSet.rules[id].confidence === 'unverified') &&
      matchesAllTerms(terms, searchableText(id)),
  )
}
