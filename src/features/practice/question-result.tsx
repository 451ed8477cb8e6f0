import type { QuizQuestion, RuleSet } from '../../domain'
import { t } from '../../i18n'
import { RuleLink } from '../../ui/rules/rule-link'
import './messages'
import { optionText } from './option-text'

/** After 检查答案: right or wrong in words (never colour alone), the right answer, the rules and why. */
export function QuestionResult({
  question,
  chosen,
  ruleSet,
}: {
  question: QuizQuestion
  chosen: string | undefined
  ruleSet: RuleSet
}) {
  const right = chosen === question.answer
  const answer = question.options.find((o) => o.id === question.answer)
  const picked = question.options.find((o) => o.id === chosen)
  return (
    <div className={`practice-result practice-result--${right ? 'right' : 'wrong'}`}>
      <p className="practice-result__verdict">
        <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
        <span>{right ? t('demo.practice.right') : t('demo.practice.wrong')}</span>
      </p>
      {!right && picked ? <p>{t('demo.practice.yourAnswer', { answer: optionText(picked) })}</p> : null}
      {answer ? <p>{t('demo.practice.rightAnswer', { answer: optionText(answer) })}</p> : null}
      <p>{t(question.explanation.key, question.explanation.params)}</p>
      <p className="practice-result__rules">
        {t('demo.practice.rulesLabel')}
        {question.rules.map((id, i) => (
          <span key={id}>
            {i > 0 ? t('app.listSeparator') : null}
            <RuleLink id={id} ruleSet={ruleSet} />
          </span>
        ))}
      </p>
    </div>
  )
}
