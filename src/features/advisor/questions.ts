import { t, type MessageKey } from '../../i18n'
import type { AnswerKey, CountKey } from './answers'
import './messages'

interface CountQuestion {
  /** Its name in the page's query (the shareable link). */
  param: string
  label: MessageKey
}

/** The count questions: their label and their name in the link. */
export const countQuestions: Record<CountKey, CountQuestion> = {
  subjectMiniPrograms: { param: 'held', label: 'advisor.form.subjectMiniPrograms' },
  sameSubjectLinks: { param: 'links', label: 'advisor.form.sameSubjectLinks' },
  otherSubjectLinks: { param: 'other_links', label: 'advisor.form.otherSubjectLinks' },
  monthSameLinks: { param: 'month_links', label: 'advisor.form.monthSameLinks' },
  monthOtherLinks: { param: 'month_other_links', label: 'advisor.form.monthOtherLinks' },
  monthFastRegistrations: { param: 'month_fast', label: 'advisor.form.monthFastRegistrations' },
  wanted: { param: 'n', label: 'advisor.form.wanted' },
  adminIdCard: { param: 'id_card', label: 'advisor.form.adminIdCard' },
  adminPhone: { param: 'phone', label: 'advisor.form.adminPhone' },
}

/** The choice questions' names in the link. */
export const choiceParams = {
  subjectType: 'subject',
  account: 'oa',
  certified: 'certified',
  sameSubject: 'same',
  pending: 'pending',
} as const satisfies Partial<Record<AnswerKey, string>>

export function isCountKey(key: AnswerKey): key is CountKey {
  return key in countQuestions
}

export function countLabel(key: CountKey): string {
  return t(countQuestions[key].label)
}

/** A question's label, for the list of answers a bad link could not give. */
export function questionLabel(key: AnswerKey): string {
  if (isCountKey(key)) return countLabel(key)
  const labels: Record<keyof typeof choiceParams, MessageKey> = {
    subjectType: 'advisor.form.subjectType',
    account: 'advisor.form.account',
    certified: 'advisor.form.certified',
    sameSubject: 'advisor.form.sameSubject',
    pending: 'advisor.form.pending',
  }
  return t(labels[key as keyof typeof choiceParams])
}
