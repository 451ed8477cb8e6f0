import { ruleValue } from '../rules/rule-set'
import { countedCheck, normaliseEmail, type QuotaCheck, type QuotaContext } from './quota-check'
import type { QuotaFinding } from './types'

// Checks on who registers: the subject, the admin's ID card and mobile, and the login email. They apply to
// every new mini program, whichever path creates it.

// rule: SUBJECT_TOTAL
export const subjectTotal = countedCheck('SUBJECT_TOTAL', ({ usage, request, ruleSet }) => {
  const value = ruleValue(ruleSet, 'SUBJECT_TOTAL')
  if (!value || usage.subjectMiniPrograms === undefined || request.subjectType === undefined) return null
  return {
    ruleId: 'SUBJECT_TOTAL',
    limit: value.limitBySubject[request.subjectType],
    used: usage.subjectMiniPrograms,
    advisory: false,
  }
})

// rule: ID_CARD_LIMIT
export const idCardLimit = countedCheck('ID_CARD_LIMIT', ({ usage, ruleSet }) => {
  const value = ruleValue(ruleSet, 'ID_CARD_LIMIT')
  if (!value || usage.idCardMiniPrograms === undefined) return null
  return { ruleId: 'ID_CARD_LIMIT', limit: value.limit, used: usage.idCardMiniPrograms, advisory: false }
})

// rule: PHONE_LIMIT
export const phoneLimit = countedCheck('PHONE_LIMIT', ({ usage, ruleSet }) => {
  const value = ruleValue(ruleSet, 'PHONE_LIMIT')
  if (!value || usage.phoneMiniPrograms === undefined) return null
  return { ruleId: 'PHONE_LIMIT', limit: value.limit, used: usage.phoneMiniPrograms, advisory: false }
})

/** The official account's own email: registered on the platform already, and refused on the reuse path. */
function officialAccountEmailFinding(context: QuotaContext, email: string): QuotaFinding | null {
  const own = context.usage.officialAccount?.email
  if (own === undefined || normaliseEmail(own) !== email) return null
  const value = ruleValue(context.ruleSet, 'EMAIL_UNIQUE')
  const reuse = context.request.action === 'fast-register' && value?.notOfficialAccountEmail === true
  return emailFinding(context.count, 1, reuse ? 'official-account-email' : 'email-in-use')
}

function emailFinding(
  requested: number,
  used: number,
  reason: NonNullable<QuotaFinding['reason']>,
): QuotaFinding {
  return { ruleId: 'EMAIL_UNIQUE', severity: 'block', limit: 1, used, requested, remaining: 1 - used, reason }
}

// rule: EMAIL_UNIQUE — one email, one mini program; never one already registered; on the reuse path never
// the official account's own.
export const emailUnique: QuotaCheck = {
  ruleId: 'EMAIL_UNIQUE',
  run: (context) => {
    const { usage, request, ruleSet, count } = context
    if (!ruleValue(ruleSet, 'EMAIL_UNIQUE') || request.email === undefined) return null
    const email = normaliseEmail(request.email)
    if (email === '') return null
    const ownEmail = officialAccountEmailFinding(context, email)
    if (ownEmail) return ownEmail
    if (usage.emailsInUse?.some((used) => normaliseEmail(used) === email)) {
      return emailFinding(count, 1, 'email-in-use')
    }
    if (count > 1) return emailFinding(count, 0, 'one-email-per-mini-program')
    return null
  },
}
