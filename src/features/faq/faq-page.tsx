import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { t } from '../../i18n'
import { todayInChina } from '../../platform/clock'
import { useRuleSet } from '../../storage/use-rule-set'
import { PageHeading } from '../../ui/page-heading'
import { RuleSetBadge } from '../../ui/rules/rule-set-badge'
import { useHashReveal, useHashTarget } from '../../ui/use-hash-target'
import { usePageTitle } from '../../ui/use-page-title'
import { questions, refusalAnchor, refusals } from './faq-entries'
import { FaqQuestion } from './faq-list'
import { faqParams } from './faq-params'
import { questionMatches, refusalMatches } from './faq-search'
import { FaqSearch } from './faq-search-form'
import { questionText, refusalText } from './faq-text'
import { RefusalItem } from './refusal-list'
import './faq.css'
import './messages'

/** 常见问答: a lookup from the platform's refusal messages, then the questions; /faq#id opens one. */
export function FaqPage() {
  const title = t('pages.faq.title')
  usePageTitle(title)
  const ruleSet = useRuleSet()
  const [today] = useState(todayInChina)
  const [query, setQuery] = useState('')
  const params = useMemo(() => faqParams(ruleSet, today), [ruleSet, today])
  const allRefusals = refusals.map((entry) => ({ entry, text: refusalText(entry, params) }))
  const allQuestions = questions.map((entry) => ({ entry, text: questionText(entry, params) }))
  const shownRefusals = allRefusals.filter(({ entry, text }) => refusalMatches(query, text, entry.rules))
  const shownQuestions = allQuestions.filter(({ entry, text }) => questionMatches(query, text, entry.rules))
  const shownIds = new Set([
    ...shownRefusals.map(({ entry }) => refusalAnchor(entry.id)),
    ...shownQuestions.map(({ entry }) => entry.id as string),
  ])
  useHashReveal(
    (id) => shownIds.has(id),
    () => setQuery(''),
  )
  useHashTarget()

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('pages.faq.description')}</p>
      <RuleSetBadge ruleSetId={ruleSet.id} />
      <FaqSearch
        query={query}
        onChange={setQuery}
        refusals={shownRefusals.length}
        questions={shownQuestions.length}
      />
      {shownRefusals.length > 0 ? (
        <section aria-labelledby="faq-refusals-heading" className="faq__section">
          <h2 id="faq-refusals-heading">{t('faq.refusals.heading')}</h2>
          <p>{t('faq.refusals.intro')}</p>
          {shownRefusals.map(({ entry, text }) => (
            <RefusalItem key={entry.id} entry={entry} text={text} ruleSet={ruleSet} />
          ))}
        </section>
      ) : null}
      {shownQuestions.length > 0 ? (
        <section aria-labelledby="faq-questions-heading" className="faq__section">
          <h2 id="faq-questions-heading">{t('faq.questions.heading')}</h2>
          <nav aria-label={t('faq.questions.contents')} className="faq__contents">
            <ol>
              {shownQuestions.map(({ entry, text }) => (
                <li key={entry.id}>
                  <Link to={`#${entry.id}`}>{text.question}</Link>
                </li>
              ))}
            </ol>
          </nav>
          {shownQuestions.map(({ entry, text }) => (
            <FaqQuestion key={entry.id} entry={entry} text={text} ruleSet={ruleSet} />
          ))}
        </section>
      ) : null}
    </>
  )
}
