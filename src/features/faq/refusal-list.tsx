import type { RuleSet } from '../../domain'
import { t } from '../../i18n'
import { refusalAnchor, type Refusal } from './faq-entries'
import { RelatedRules } from './faq-list'
import type { RefusalText } from './faq-text'
import './messages'

interface RefusalItemProps {
  entry: Refusal
  text: RefusalText
  ruleSet: RuleSet
}

/** A message the platform shows when it refuses: what it means, what to do, and the rule behind it. */
export function RefusalItem({ entry, text, ruleSet }: RefusalItemProps) {
  const anchor = refusalAnchor(entry.id)
  return (
    <article id={anchor} tabIndex={-1} className="faq__refusal" aria-labelledby={`${anchor}-shown`}>
      <h3 id={`${anchor}-shown`} className="faq__shown">
        {text.shown.map((variant) => (
          <q key={variant}>{variant}</q>
        ))}
      </h3>
      <dl className="faq__refusal-detail">
        <dt>{t('faq.refusals.meaning')}</dt>
        <dd>{text.meaning}</dd>
        <dt>{t('faq.refusals.todo')}</dt>
        <dd>{text.todo}</dd>
        <dt>{t('faq.refusals.rules')}</dt>
        <dd>
          <RelatedRules rules={entry.rules} ruleSet={ruleSet} />
        </dd>
      </dl>
    </article>
  )
}
