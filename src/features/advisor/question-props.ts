import type { AdvisorAnswers, AnswerKey } from './answers'

/** What each group of questions is given: the answers, a way to change some, and the errors to show. */
export interface QuestionProps {
  answers: AdvisorAnswers
  change: (patch: Partial<AdvisorAnswers>) => void
  errorFor: (key: AnswerKey) => string | undefined
}
