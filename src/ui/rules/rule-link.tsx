import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { RuleId, RuleSet } from '../../domain'
import { t } from '../../i18n'
import { ruleName } from './rule-text'

/**
 * A rule named by its id and title, linking to its entry in the rule book (/rules#ID). Given the rule set, it
 * says 未核实 for a rule no source states.
 */
export function RuleLink({ id, ruleSet, children }: { id: RuleId; ruleSet?: RuleSet; children?: ReactNode }) {
  const unverified = ruleSet?.rules[id].confidence === 'unverified'
  return (
    <Link to={`/rules#${id}`} className="rule-link">
      {children ?? (
        <>
          {ruleName(id)} <span className="rule-link__id">{t('rules.idTag', { id })}</span>
        </>
      )}
      {unverified ? <span className="rule-link__unverified">{t('rules.unverified.linkTag')}</span> : null}
    </Link>
  )
}
