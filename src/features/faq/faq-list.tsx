import { Link } from 'react-router'
import type { RuleId, RuleSet } from '../../domain'
import { t } from '../../i18n'
import { RuleCitationLink } from '../../ui/rules/rule-citation-link'
import { ruleName } from '../../ui/rules/rule-text'
import type { Question } from './faq-entries'
import type { QuestionText } from './faq-text'
import './messages'

export function RelatedRules({ rules, ruleSet }: { rules: readonly RuleId[]; ruleSet: RuleSet }) {
  return (
    <ul className="faq__rules">
      {rules.map((id) => (
        <li key={id}>
          {ruleName(id)} <RuleCitationLink id={id} ruleSet={ruleSet} />
        </li>
      ))}
    </ul>
  )
}

interface FaqQuestionProps {
  entry: Question
  text: QuestionText
  ruleSet: RuleSet
}

/** One question: the answer, the rules it rests on (each a link into the rule book), and its own link. */
export function FaqQuestion({ entry, text, ruleSet }: FaqQuestionProps) {
  return (
    <article id={entry.id} tabIndex={-1} className="faq__item" aria-labelledby={`${entry.id}-question`}>
      <h3 id={`${entry.id}-question`}>{text.question}</h3>
      {text.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h4 className="faq__rules-heading">{t('faq.questions.rules')}</h4>
      <RelatedRules rules={entry.rules} ruleSet={ruleSet} />
      <p className="faq__link">
        <Link to={`#${entry.id}`}>
          {t('faq.questions.link')}
          <span className="visually-hidden">{t('faq.questions.linkOf', { question: text.question })}</span>
        </Link>
      </p>
    </article>
  )
}
