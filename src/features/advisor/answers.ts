import type { SubjectType } from '../../domain'

/** Whether the subject has an official account (公众号), and which type: one question. */
export type AccountAnswer = 'none' | 'subscription' | 'service'
export type YesNo = 'yes' | 'no'

/** The questionnaire as typed: choices, and counts as the text in their boxes. No personal data. */
export interface AdvisorAnswers {
  subjectType: SubjectType | ''
  account: AccountAnswer | ''
  certified: YesNo | ''
  sameSubject: YesNo | ''
  sameSubjectLinks: string
  otherSubjectLinks: string
  monthSameLinks: string
  monthOtherLinks: string
  monthFastRegistrations: string
  pending: boolean
  wanted: string
  subjectMiniPrograms: string
  adminIdCard: string
  adminPhone: string
}

export type AnswerKey = keyof AdvisorAnswers

/** The official account's counts: required by the advisor, so a blank box counts as 0. */
export const accountCountKeys = [
  'sameSubjectLinks',
  'otherSubjectLinks',
  'monthSameLinks',
  'monthOtherLinks',
  'monthFastRegistrations',
] as const satisfies readonly AnswerKey[]

/** Counts that may stay unknown: a blank box leaves the limit they feed unchecked. */
export const optionalCountKeys = ['subjectMiniPrograms', 'adminIdCard', 'adminPhone'] as const

export type CountKey = (typeof accountCountKeys)[number] | (typeof optionalCountKeys)[number] | 'wanted'

export const emptyAnswers: AdvisorAnswers = {
  subjectType: '',
  account: '',
  certified: '',
  sameSubject: '',
  sameSubjectLinks: '',
  otherSubjectLinks: '',
  monthSameLinks: '',
  monthOtherLinks: '',
  monthFastRegistrations: '',
  pending: false,
  wanted: '1',
  subjectMiniPrograms: '',
  adminIdCard: '',
  adminPhone: '',
}

export function isEmpty(answers: AdvisorAnswers): boolean {
  return (Object.keys(emptyAnswers) as AnswerKey[]).every((key) => answers[key] === emptyAnswers[key])
}

/** The official account's questions apply: an organisation that has one. */
export function asksAboutAccount(answers: AdvisorAnswers): boolean {
  return answers.subjectType !== 'individual'
}

export function hasAccount(answers: AdvisorAnswers): boolean {
  return asksAboutAccount(answers) && (answers.account === 'subscription' || answers.account === 'service')
}

/** The account's counts matter only for an account of the same subject (only it can fast-register ours). */
export function asksAccountCounts(answers: AdvisorAnswers): boolean {
  return hasAccount(answers) && answers.sameSubject !== 'no'
}

/** The id of a question's input (its first radio for a group): error links and focus go there. */
export function fieldId(key: AnswerKey): string {
  return `advisor-${key}`
}
