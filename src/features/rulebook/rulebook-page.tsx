import { useState } from 'react'
import { Link } from 'react-router'
import { isRuleId, ruleIds } from '../../domain'
import { t } from '../../i18n'
import { useRuleSet } from '../../storage/use-rule-set'
import { PageHeading } from '../../ui/page-heading'
import { RuleSetBadge } from '../../ui/rules/rule-set-badge'
import { useHashReveal, useHashTarget } from '../../ui/use-hash-target'
import { usePageTitle } from '../../ui/use-page-title'
import { RuleEntry } from './rule-entry'
import { RuleFilterForm } from './rule-filter-form'
import { filterRules, noFilter, type RuleFilter } from './rule-search'
import './rulebook.css'
import './messages'

/** 规则手册: every rule of the active rule set, with the other beside it; /rules#ID opens one. */
export function RulebookPage() {
  const title = t('pages.rules.title')
  usePageTitle(title)
  const ruleSet = useRuleSet()
  const [filter, setFilter] = useState<RuleFilter>(noFilter)
  const shown = filterRules(filter, ruleSet)
  useHashReveal(
    (id) => !isRuleId(id) || shown.includes(id),
    () => setFilter(noFilter),
  )
  useHashTarget()

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('pages.rules.description')}</p>
      <RuleSetBadge ruleSetId={ruleSet.id} />
      <p className="rulebook__changes-link">
        <Link to="/rules/changes">{t('rulebook.changesLink')}</Link>
      </p>
      <p className="rulebook__changes-link">
        <Link to="/flow">{t('rulebook.flowLink')}</Link>
      </p>
      <RuleFilterForm filter={filter} onChange={setFilter} shown={shown.length} total={ruleIds.length} />
      {shown.length === 0 ? <p className="rule-filter__none">{t('rulebook.filter.none')}</p> : null}
      <div className="rule-list">
        {shown.map((id) => (
          <RuleEntry key={id} id={id} ruleSet={ruleSet} />
        ))}
      </div>
    </>
  )
}
