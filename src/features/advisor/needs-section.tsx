import type { NeedItem, RuleSet } from '../../domain'
import { t } from '../../i18n'
import { RuleCitationLink } from '../../ui/rules/rule-citation-link'
import { needPaths, needText } from './need-text'

/** What to have ready before starting: emails, admins, documents, fees. */
export function NeedsSection({ needs, ruleSet }: { needs: readonly NeedItem[]; ruleSet: RuleSet }) {
  if (needs.length === 0) return null
  const paths = needPaths(needs)
  return (
    <section className="advice__section">
      <h3>{t('advisor.answer.sections.needs')}</h3>
      <ul className="advice__list advice__checklist">
        {needs.map((need) => (
          <li key={need.need}>
            {needText(need, paths)}{' '}
            {need.ruleId ? <RuleCitationLink id={need.ruleId} ruleSet={ruleSet} /> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
