import { useEffect, useMemo, useRef, useState } from 'react'
import { advise, ruleSets } from '../../domain'
import { t } from '../../i18n'
import { todayInChina } from '../../platform/clock'
import { ErrorSummary, type SummaryError } from '../../ui/form/error-summary'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'
import { AdviceView } from './advice-view'
import { AdvisorForm } from './advisor-form'
import { AdvisorNotices } from './advisor-notices'
import { emptyAnswers, fieldId, type AnswerKey } from './answers'
import { toSituation } from './to-situation'
import { useAdvisor } from './use-advisor'
import './advisor.css'
import './messages'

/** 路径判断: the questionnaire above, the answer below as soon as the answers are complete. */
export function AdvisorView() {
  const { answers, change, setAnswers, ruleSetId, unreadable, refused, adopted } = useAdvisor()
  const [today] = useState(todayInChina)
  const checked = useMemo(() => toSituation(answers), [answers])
  // A link with a number out of range is refused as 查看答复 refuses a typed one: the errors show at once.
  const [shown, setShown] = useState<{ attempt: number; errors: SummaryError[] }>(() =>
    refused.length > 0 && !checked.ok ? { attempt: 1, errors: checked.errors } : { attempt: 0, errors: [] },
  )
  const [answerRequests, setAnswerRequests] = useState(0)
  const answerHeading = useRef<HTMLHeadingElement>(null)
  const ruleSet = ruleSets[ruleSetId]
  const advice = useMemo(
    () => (checked.ok ? advise(checked.situation, ruleSet, today) : null),
    [checked, ruleSet, today],
  )
  // Errors are shown as they were when 查看答复 was pressed, and cleared once everything is answered.
  if (checked.ok && shown.errors.length > 0) setShown({ ...shown, errors: [] })

  const title = t('pages.advisor.title')
  usePageTitle(shown.errors.length > 0 ? t('form.titleErrorPrefix') + title : title)

  useEffect(() => {
    if (answerRequests === 0) return
    answerHeading.current?.scrollIntoView?.({ block: 'start' })
    answerHeading.current?.focus({ preventScroll: true })
  }, [answerRequests])

  function submit() {
    if (checked.ok) setAnswerRequests((n) => n + 1)
    else setShown({ attempt: shown.attempt + 1, errors: checked.errors })
  }

  function clear() {
    setAnswers(emptyAnswers)
    setShown({ attempt: shown.attempt, errors: [] })
    document.getElementById(fieldId('subjectType'))?.focus()
  }

  const errorFor = (key: AnswerKey) => shown.errors.find((e) => e.fieldId === fieldId(key))?.message
  return (
    <>
      <ErrorSummary errors={shown.errors} attempt={shown.attempt} />
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('pages.advisor.description')}</p>
      <p className="advisor-privacy">{t('advisor.privacy')}</p>
      <AdvisorNotices unreadable={unreadable} adopted={adopted} />
      {advice ? (
        <p className="advisor-skip">
          <a
            href="#advice-heading"
            onClick={(event) => {
              event.preventDefault()
              setAnswerRequests((n) => n + 1)
            }}
          >
            {t('advisor.skipToAnswer')}
          </a>
        </p>
      ) : null}
      <div className="advisor-layout">
        <AdvisorForm
          answers={answers}
          change={change}
          errorFor={errorFor}
          onSubmit={submit}
          onClear={clear}
        />
        {advice && checked.ok ? (
          <AdviceView
            context={{ advice, situation: checked.situation, ruleSet }}
            headingRef={answerHeading}
          />
        ) : (
          <p className="advisor-waiting">{t('advisor.waiting')}</p>
        )}
      </div>
    </>
  )
}
