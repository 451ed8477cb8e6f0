import { ruleValue } from '../rules/rule-set'
import {
  countedCheck,
  isSameSubject,
  type QuotaCheck,
  type QuotaContext,
  type QuotaMeasure,
} from './quota-check'
import type { FindingReason } from './types'

// Checks on the official account (公众号): its associations and its fast registrations. A fast-registered mini
// program has the account's subject and is associated with it automatically, so it counts as a same-subject
// association.

/** Whether the request adds a same-subject association: always for a fast registration. */
function addsSameSubjectLink(context: QuotaContext): boolean {
  return context.request.action === 'fast-register' || isSameSubject(context)
}

// rule: OA_LINK_SAME
export const oaLinkSame = countedCheck('OA_LINK_SAME', (context) => {
  const value = ruleValue(context.ruleSet, 'OA_LINK_SAME')
  const account = context.usage.officialAccount
  if (!value || !account || !addsSameSubjectLink(context)) return null
  return { ruleId: 'OA_LINK_SAME', limit: value.limit, used: account.sameSubjectLinks, advisory: false }
})

// rule: OA_LINK_OTHER
export const oaLinkOther = countedCheck('OA_LINK_OTHER', (context) => {
  const value = ruleValue(context.ruleSet, 'OA_LINK_OTHER')
  const account = context.usage.officialAccount
  if (!value || !account || addsSameSubjectLink(context)) return null
  return { ruleId: 'OA_LINK_OTHER', limit: value.limit, used: account.otherSubjectLinks, advisory: false }
})

// rule: OA_LINK_MONTHLY — under `guide` 10 same-subject + 3 other-subject a month, fast registrations
// counting as same-subject; under `current` 13 in total and fast registrations do not count.
export const oaLinkMonthly = countedCheck('OA_LINK_MONTHLY', (context) => {
  const { usage, request, ruleSet } = context
  const value = ruleValue(ruleSet, 'OA_LINK_MONTHLY')
  const account = usage.officialAccount
  if (!value || !account) return null
  if (request.action === 'fast-register' && !value.fastRegistrationCounts) return null
  const fast = value.fastRegistrationCounts ? account.monthFastRegistrations : 0
  const { sameSubject, otherSubject } = account.monthNewLinks
  const measure = (limit: number, used: number, reason?: FindingReason): QuotaMeasure => ({
    ruleId: 'OA_LINK_MONTHLY',
    limit,
    used,
    advisory: false,
    ...(reason ? { reason } : {}),
  })
  if (value.kind === 'total') return measure(value.total, sameSubject + otherSubject + fast)
  return addsSameSubjectLink(context)
    ? measure(value.sameSubject, sameSubject + fast, 'same-subject')
    : measure(value.otherSubject, otherSubject, 'other-subject')
})

// rule: FAST_REG_MONTHLY — 5 a month (1 for a sole proprietor's account) under `current`; the guide does not
// state it, so under `guide` it is advice (指南未提及) and never blocks.
export const fastRegMonthly = countedCheck('FAST_REG_MONTHLY', ({ usage, ruleSet }) => {
  const account = usage.officialAccount
  if (!account) return null
  const value = ruleValue(ruleSet, 'FAST_REG_MONTHLY')
  const used = account.monthFastRegistrations
  if (!value) return { ruleId: 'FAST_REG_MONTHLY', limit: null, used, advisory: true, reason: 'not-stated' }
  const limit = account.subjectType === 'sole_proprietor' ? value.soleProprietorLimit : value.limit
  return { ruleId: 'FAST_REG_MONTHLY', limit, used, advisory: false }
})

// rule: FAST_REG_ONE_AT_A_TIME — while one waits to be completed (待完成注册) no other may start. Not stated
// under `guide`, so not checked there.
export const fastRegOneAtATime: QuotaCheck = {
  ruleId: 'FAST_REG_ONE_AT_A_TIME',
  run: ({ usage, ruleSet, count }) => {
    const account = usage.officialAccount
    if (!ruleValue(ruleSet, 'FAST_REG_ONE_AT_A_TIME') || !account?.fastRegistrationPending) return null
    return {
      ruleId: 'FAST_REG_ONE_AT_A_TIME',
      severity: 'block',
      limit: 1,
      used: 1,
      requested: count,
      remaining: 0,
      reason: 'pending',
    }
  },
}
