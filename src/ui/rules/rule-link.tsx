import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { RuleId } from '../../domain'
import { t } from '../../i18n'
import { ruleName } from './rule-text'

/** A rule named by its id and title, linking to its entry in the rule book (/rules#ID). */
export function RuleLink({ id, children }: { id: RuleId; children?: ReactNode }) {
  return (
    <Link to={`/rules#${id}`} className="rule-link">
      {children ?? (
        <>
          {ruleName(id)} <span className="rule-link__id">{t('rules.idTag', { id })}</span>
        </>
      )}
    </Link>
  )
}
