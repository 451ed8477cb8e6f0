import { countRange, readCountText, situationSchema, wantedRange, type Situation } from '../../domain'
import { t } from '../../i18n'
import type { SummaryError } from '../../ui/form/error-summary'
import { accountCountKeys, asksAboutAccount, fieldId, type AdvisorAnswers, type AnswerKey } from './answers'
import { countLabel, isCountKey } from './questions'
import './messages'

export type Checked = { ok: true; situation: Situation } | { ok: false; errors: SummaryError[] }

/**
 * A count box, read as the domain reads counts (full-width digits too): blank is `blank` (unknown, or 0 where
 * the advisor needs a number); not a whole number is NaN. The schema refuses a number out of range.
 */
function count(text: string, blank: number | undefined): number | undefined {
  return readCountText(text) ?? blank
}

function yesNo(answer: '' | 'yes' | 'no'): boolean | undefined {
  return answer === '' ? undefined : answer === 'yes'
}

function officialAccount(a: AdvisorAnswers): unknown {
  if (!asksAboutAccount(a) || a.account === 'none') return null
  if (a.account === '') return undefined
  return {
    type: a.account,
    certified: yesNo(a.certified),
    sameSubject: yesNo(a.sameSubject),
    sameSubjectLinks: count(a.sameSubjectLinks, 0),
    otherSubjectLinks: count(a.otherSubjectLinks, 0),
    monthNewLinks: { sameSubject: count(a.monthSameLinks, 0), otherSubject: count(a.monthOtherLinks, 0) },
    monthFastRegistrations: count(a.monthFastRegistrations, 0),
    fastRegistrationPending: a.pending,
  }
}

// Where each part of the situation comes from in the questionnaire, by the zod issue's path.
const questionOf: Record<string, AnswerKey> = {
  subjectType: 'subjectType',
  officialAccount: 'account',
  'officialAccount.type': 'account',
  'officialAccount.certified': 'certified',
  'officialAccount.sameSubject': 'sameSubject',
  'officialAccount.sameSubjectLinks': 'sameSubjectLinks',
  'officialAccount.otherSubjectLinks': 'otherSubjectLinks',
  'officialAccount.monthNewLinks.sameSubject': 'monthSameLinks',
  'officialAccount.monthNewLinks.otherSubject': 'monthOtherLinks',
  'officialAccount.monthFastRegistrations': 'monthFastRegistrations',
  wanted: 'wanted',
  subjectMiniPrograms: 'subjectMiniPrograms',
  adminIdCardMiniPrograms: 'adminIdCard',
  adminPhoneMiniPrograms: 'adminPhone',
}

const choiceMessages = {
  subjectType: 'advisor.errors.subjectType',
  account: 'advisor.errors.account',
  certified: 'advisor.errors.certified',
  sameSubject: 'advisor.errors.sameSubject',
} as const

const accountCounts: readonly AnswerKey[] = accountCountKeys

function message(key: AnswerKey): string {
  if (key === 'wanted') return t('advisor.errors.wanted', wantedRange)
  if (isCountKey(key)) {
    const which = accountCounts.includes(key) ? 'advisor.errors.accountCount' : 'advisor.errors.count'
    return t(which, { label: countLabel(key), ...countRange })
  }
  return key in choiceMessages ? t(choiceMessages[key as keyof typeof choiceMessages]) : ''
}

/** The answers as the advisor's situation, checked by its schema; else one message per question, in order. */
export function toSituation(answers: AdvisorAnswers): Checked {
  const result = situationSchema.safeParse({
    subjectType: answers.subjectType || undefined,
    officialAccount: officialAccount(answers),
    wanted: count(answers.wanted, undefined),
    subjectMiniPrograms: count(answers.subjectMiniPrograms, undefined),
    adminIdCardMiniPrograms: count(answers.adminIdCard, undefined),
    adminPhoneMiniPrograms: count(answers.adminPhone, undefined),
  })
  if (result.success) return { ok: true, situation: result.data }
  const keys = new Set<AnswerKey>()
  for (const issue of result.error.issues) {
    const key = questionOf[issue.path.join('.')]
    if (key) keys.add(key)
  }
  const order = Object.keys(answers) as AnswerKey[]
  const errors = order
    .filter((key) => keys.has(key))
    .map((key) => ({ fieldId: fieldId(key), message: message(key) }))
  return { ok: false, errors }
}
