import type { NeedItem } from '../../domain'
import { t } from '../../i18n'
import { needPaths, needText } from './need-text'
import { RuleNameLink } from './rule-name-link'
import './messages'

/** What to have ready before starting on the path advised: emails, admins, documents, fees. */
export function NeedsSection({ needs }: { needs: readonly NeedItem[] }) {
  if (needs.length === 0) return null
  const paths = needPaths(needs)
  return (
    <section className="advice__section">
      <h3>{t('advisor.answer.sections.needs')}</h3>
      <ul className="advice__list advice__checklist">
        {needs.map((need) => (
          <li key={need.need}>
            {needText(need, paths)}
            {need.ruleId ? <RuleNameLink id={need.ruleId} /> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
