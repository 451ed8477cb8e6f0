import { ruleValue } from '../rules/rule-set'
import { adviceFinding, isSameSubject, limitFinding, type QuotaCheck, type QuotaContext } from './quota-check'

// Checks on the official account (公众号): its associations and its fast registrations. A fast-registered mini
// program has the account's subject and is associated with it automatically, so it counts as a same-subject
// association.

/** Whether the request adds a same-subject association: always for a fast registration. */
function addsSameSubjectLink(context: QuotaContext): boolean {
  return context.request.action === 'fast-register' || isSameSubject(context)
}

// rule: OA_LINK_SAME
export const oaLinkSame: QuotaCheck = {
  ruleId: 'OA_LINK_SAME',
  run: (context) => {
    const { usage, ruleSet, count } = context
    const value = ruleValue(ruleSet, 'OA_LINK_SAME')
    const account = usage.officialAccount
    if (!value || !account || !addsSameSubjectLink(context)) return null
    return limitFinding('OA_LINK_SAME', value.limit, account.sameSubjectLinks, count)
  },
}

// rule: OA_LINK_OTHER
export const oaLinkOther: QuotaCheck = {
  ruleId: 'OA_LINK_OTHER',
  run: (context) => {
    const { usage, ruleSet, count } = context
    const value = ruleValue(ruleSet, 'OA_LINK_OTHER')
    const account = usage.officialAccount
    if (!value || !account || addsSameSubjectLink(context)) return null
    return limitFinding('OA_LINK_OTHER', value.limit, account.otherSubjectLinks, count)
  },
}

// rule: OA_LINK_MONTHLY — under `guide` 10 same-subject + 3 other-subject a month, fast registrations
// counting as same-subject; under `current` 13 in total and fast registrations do not count.
export const oaLinkMonthly: QuotaCheck = {
  ruleId: 'OA_LINK_MONTHLY',
  run: (context) => {
    const { usage, request, ruleSet, count } = context
    const value = ruleValue(ruleSet, 'OA_LINK_MONTHLY')
    const account = usage.officialAccount
    if (!value || !account) return null
    if (request.action === 'fast-register' && !value.fastRegistrationCounts) return null
    const fast = value.fastRegistrationCounts ? account.monthFastRegistrations : 0
    const { sameSubject, otherSubject } = account.monthNewLinks
    if (value.kind === 'total') {
      return limitFinding('OA_LINK_MONTHLY', value.total, sameSubject + otherSubject + fast, count)
    }
    return addsSameSubjectLink(context)
      ? limitFinding('OA_LINK_MONTHLY', value.sameSubject, sameSubject + fast, count, 'same-subject')
      : limitFinding('OA_LINK_MONTHLY', value.otherSubject, otherSubject, count, 'other-subject')
  },
}

// rule: FAST_REG_MONTHLY — 5 a month (1 for a sole proprietor's account) under `current`; the guide does not
// state it, so under `guide` it is advice (指南未提及) and never blocks.
export const fastRegMonthly: QuotaCheck = {
  ruleId: 'FAST_REG_MONTHLY',
  run: ({ usage, ruleSet, count }) => {
    const account = usage.officialAccount
    if (!account) return null
    const value = ruleValue(ruleSet, 'FAST_REG_MONTHLY')
    const used = account.monthFastRegistrations
    if (!value) return adviceFinding('FAST_REG_MONTHLY', null, used, count, 'not-stated')
    const limit = account.subjectType === 'sole_proprietor' ? value.soleProprietorLimit : value.limit
    return limitFinding('FAST_REG_MONTHLY', limit, used, count)
  },
}

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
