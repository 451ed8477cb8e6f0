import { useEffect, useLayoutEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { samePageState } from '../../ui/navigation-context'
import { useSettingsStore } from '../../storage/settings-store'
import type { AdvisorAnswers } from './answers'
import { parseQuery, toQuery } from './query'

/**
 * The questionnaire's state, kept in the page's query as it is typed (a same-page change: focus stays put).
 * A link that names a rule set switches the header's 规则版本 to it, so the link shows the same answer.
 */
export function useAdvisor() {
  const [searchParams, setSearchParams] = useSearchParams()
  const ruleSetId = useSettingsStore((s) => s.ruleSetId)
  const setRuleSetId = useSettingsStore((s) => s.setRuleSetId)
  const [initial] = useState(() => parseQuery(searchParams))
  const [answers, setAnswers] = useState(initial.answers)
  const [adopted] = useState(() =>
    initial.ruleSetId !== null && initial.ruleSetId !== ruleSetId ? initial.ruleSetId : null,
  )

  // Before the first paint, so the page never shows the answer under the other rule set.
  useLayoutEffect(() => {
    if (adopted) setRuleSetId(adopted)
  }, [adopted, setRuleSetId])

  const query = toQuery(answers, ruleSetId).toString()
  useEffect(() => {
    if (query === searchParams.toString()) return
    setSearchParams(new URLSearchParams(query), { replace: true, state: samePageState })
  }, [query, searchParams, setSearchParams])

  const change = (patch: Partial<AdvisorAnswers>) => setAnswers((current) => ({ ...current, ...patch }))
  return {
    answers,
    change,
    setAnswers,
    ruleSetId,
    unreadable: initial.unreadable,
    refused: initial.refused,
    adopted,
  }
}
