import { zodResolver } from '@hookform/resolvers/zod'
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useSearchParams } from 'react-router'
import { z } from 'zod'
import { quiz, type QuizQuestion } from '../../domain'
import { t } from '../../i18n'
import { todayInChina } from '../../platform/clock'
import { useRuleSet } from '../../storage/use-rule-set'
import { Button } from '../../ui/button'
import { CopyButton } from '../../ui/copy-button'
import { ChoiceGroup } from '../../ui/form/choice-group'
import { ErrorSummary, type SummaryError } from '../../ui/form/error-summary'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'
import './messages'
import { optionText } from './option-text'
import './practice.css'
import { QuestionResult } from './question-result'

type Answers = Record<string, string>

const fieldName = (index: number) => `q${index + 1}`

/** The seed of the share link (?q=): a whole number, 0 when absent or not one. */
function seedOf(value: string | null): number {
  const n = Number(value)
  return value !== null && Number.isInteger(n) && n >= 0 && n < 1_000_000 ? n : 0
}

function answersSchema(questions: readonly QuizQuestion[]) {
  // An unanswered radio group reads as null; a string is the chosen option's id.
  const answered = z
    .string({ error: () => t('demo.practice.errorField') })
    .min(1, { error: () => t('demo.practice.errorField') })
  return z.object(Object.fromEntries(questions.map((_, i) => [fieldName(i), answered])))
}

/**
 * 练一练 at /practice: the quiz on one page, a radio group per question. 检查答案 marks each answer right or wrong
 * with the rule behind it; the answers are the domain's, computed for the rule set chosen in the header. It works
 * outside 演示模式, so a trainer can hand out the link.
 */
export function PracticePage() {
  const ruleSet = useRuleSet()
  const [params] = useSearchParams()
  const seed = seedOf(params.get('q'))
  const questions = useMemo(() => quiz(ruleSet, todayInChina(), seed), [ruleSet, seed])
  const schema = useMemo(() => answersSchema(questions), [questions])
  const form = useForm<Answers>({
    resolver: zodResolver(schema),
    // The error summary takes focus, not the first field (GOV.UK error summary).
    shouldFocusError: false,
    defaultValues: Object.fromEntries(questions.map((_, i) => [fieldName(i), ''])),
  })
  const [checked, setChecked] = useState<Answers | null>(null)
  const [failed, setFailed] = useState<{ errors: SummaryError[]; attempt: number }>({
    errors: [],
    attempt: 0,
  })
  const [checks, setChecks] = useState(0)
  const scoreRef = useRef<HTMLDivElement>(null)
  usePageTitle(
    failed.errors.length > 0
      ? `${t('form.titleErrorPrefix')}${t('demo.practice.title')}`
      : t('demo.practice.title'),
  )

  useLayoutEffect(() => {
    if (checks > 0) scoreRef.current?.focus()
  }, [checks])

  const onValid = (values: Answers) => {
    setFailed((f) => ({ errors: [], attempt: f.attempt }))
    setChecked(values)
    setChecks((n) => n + 1)
  }
  const onInvalid = (errors: Partial<Record<string, unknown>>) => {
    const list = questions.flatMap((_, i) =>
      errors[fieldName(i)]
        ? [{ fieldId: fieldName(i), message: t('demo.practice.errorSummary', { n: i + 1 }) }]
        : [],
    )
    setChecked(null)
    setFailed((f) => ({ errors: list, attempt: f.attempt + 1 }))
  }
  const again = () => {
    form.reset()
    setChecked(null)
    setChecks(0)
    document.getElementById(fieldName(0))?.focus()
  }

  const score = checked ? questions.filter((q, i) => checked[fieldName(i)] === q.answer).length : 0
  const shareUrl = () => `${window.location.origin}/practice?q=${seed}`

  return (
    <div className="practice">
      <ErrorSummary errors={failed.errors} attempt={failed.attempt} />
      <PageHeading>{t('demo.practice.title')}</PageHeading>
      <p>{t('demo.practice.intro')}</p>
      <p>{t('demo.practice.ruleSetNote', { name: t(`rules.ruleSet.${ruleSet.id}`) })}</p>
      {checked ? (
        <div ref={scoreRef} tabIndex={-1} className="practice-score" role="status">
          {t('demo.practice.score', { right: score, total: questions.length })}
        </div>
      ) : null}
      <form noValidate onSubmit={form.handleSubmit(onValid, onInvalid)}>
        <ol className="practice-questions">
          {questions.map((q, i) => {
            const name = fieldName(i)
            const error = form.formState.errors[name]?.message
            return (
              <li key={q.id} className="practice-question">
                <ChoiceGroup
                  id={name}
                  type="radio"
                  legend={t('demo.practice.questionLegend', {
                    n: i + 1,
                    prompt: t(q.prompt.key, q.prompt.params),
                  })}
                  hint={t(q.situation.key, q.situation.params)}
                  error={typeof error === 'string' ? error : undefined}
                  choices={q.options.map((o) => ({ value: o.id, label: optionText(o) }))}
                  inputProps={form.register(name)}
                />
                {checked ? <QuestionResult question={q} chosen={checked[name]} ruleSet={ruleSet} /> : null}
              </li>
            )
          })}
        </ol>
        <div className="practice-actions">
          <Button type="submit">{t('demo.practice.check')}</Button>
          {checked ? (
            <Button variant="secondary" onClick={again}>
              {t('demo.practice.again')}
            </Button>
          ) : null}
        </div>
      </form>
      <section aria-labelledby="practice-share" className="practice-share">
        <h2 id="practice-share">{t('demo.practice.share.heading')}</h2>
        <p>{t('demo.practice.share.text')}</p>
        <CopyButton
          id="practice-share-copy"
          variant="secondary"
          label={t('demo.practice.share.copy')}
          copied={t('demo.practice.share.copied')}
          failed={t('demo.practice.share.failed')}
          manualLabel={t('demo.practice.share.label')}
          text={shareUrl}
        />
      </section>
    </div>
  )
}
