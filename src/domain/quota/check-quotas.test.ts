// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { currentRuleSet } from '../rules/current'
import { guideRuleSet } from '../rules/guide'
import { accountUsage, assocOther, assocSame, fast, standalone } from './test-usage'
import type { RuleId } from '../rules/rule-ids'
import type { RuleSet } from '../rules/rule-set'
import { checkQuotas, isAllowed } from './check-quotas'
import type { FindingReason, QuotaRequest, Severity, Usage } from './types'

const current = currentRuleSet
const guide = guideRuleSet

const account = accountUsage

interface Case {
  name: string
  ruleId: RuleId
  ruleSet: RuleSet
  usage: Usage
  request: QuotaRequest
  /** `null`: the rule has nothing to say. */
  expected: null | { severity: Severity; limit: number | null; used: number; remaining: number | null }
  reason?: FindingReason
}

const block = (limit: number, used: number) => ({
  severity: 'block' as const,
  limit,
  used,
  remaining: Math.max(0, limit - used),
})
const warn = (limit: number, used: number) => ({
  severity: 'warn' as const,
  limit,
  used,
  remaining: limit - used,
})
const advice = (used: number) => ({ severity: 'advice' as const, limit: null, used, remaining: null })

// One row per case, so the table reads as a table.
// prettier-ignore
const cases: Case[] = [
  // rule: SUBJECT_TOTAL — 50 for enterprise, government, media, other org; 5 for sole proprietor and individual
  { name: 'enterprise 49 + 1 is the 50th', ruleId: 'SUBJECT_TOTAL', ruleSet: current, usage: { subjectMiniPrograms: 49 }, request: standalone, expected: warn(50, 49) },
  { name: 'enterprise 50 + 1 is the 51st', ruleId: 'SUBJECT_TOTAL', ruleSet: current, usage: { subjectMiniPrograms: 50 }, request: standalone, expected: block(50, 50) },
  { name: 'enterprise 48 + 1 has room', ruleId: 'SUBJECT_TOTAL', ruleSet: guide, usage: { subjectMiniPrograms: 48 }, request: standalone, expected: null },
  { name: 'government 50 + 1 by fast registration', ruleId: 'SUBJECT_TOTAL', ruleSet: current, usage: { subjectMiniPrograms: 50, officialAccount: account({ subjectType: 'government' }) }, request: { ...fast, subjectType: 'government' }, expected: block(50, 50) },
  { name: 'media 45 + 6 at once', ruleId: 'SUBJECT_TOTAL', ruleSet: current, usage: { subjectMiniPrograms: 45 }, request: { ...standalone, subjectType: 'media', count: 6 }, expected: block(50, 45) },
  { name: 'other org 45 + 5 at once', ruleId: 'SUBJECT_TOTAL', ruleSet: guide, usage: { subjectMiniPrograms: 45 }, request: { ...standalone, subjectType: 'other_org', count: 5 }, expected: warn(50, 45) },
  { name: 'sole proprietor 4 + 1 is the 5th', ruleId: 'SUBJECT_TOTAL', ruleSet: current, usage: { subjectMiniPrograms: 4 }, request: { ...standalone, subjectType: 'sole_proprietor' }, expected: warn(5, 4) },
  { name: 'sole proprietor 5 + 1 is the 6th', ruleId: 'SUBJECT_TOTAL', ruleSet: guide, usage: { subjectMiniPrograms: 5 }, request: { ...standalone, subjectType: 'sole_proprietor' }, expected: block(5, 5) },
  { name: 'individual 5 + 1 is the 6th', ruleId: 'SUBJECT_TOTAL', ruleSet: current, usage: { subjectMiniPrograms: 5 }, request: { ...standalone, subjectType: 'individual' }, expected: block(5, 5) },
  { name: 'individual 3 + 1 has room', ruleId: 'SUBJECT_TOTAL', ruleSet: current, usage: { subjectMiniPrograms: 3 }, request: { ...standalone, subjectType: 'individual' }, expected: null },
  { name: 'unknown subject count is not a zero', ruleId: 'SUBJECT_TOTAL', ruleSet: current, usage: {}, request: { ...standalone, count: 60 }, expected: null },

  // rule: ID_CARD_LIMIT — 5 mini programs per ID card
  { name: '5th use of an ID card', ruleId: 'ID_CARD_LIMIT', ruleSet: current, usage: { idCardMiniPrograms: 4 }, request: standalone, expected: warn(5, 4) },
  { name: '6th use of an ID card', ruleId: 'ID_CARD_LIMIT', ruleSet: current, usage: { idCardMiniPrograms: 5 }, request: standalone, expected: block(5, 5) },
  { name: '4th use of an ID card', ruleId: 'ID_CARD_LIMIT', ruleSet: guide, usage: { idCardMiniPrograms: 3 }, request: standalone, expected: null },
  { name: 'two at once from the 4th', ruleId: 'ID_CARD_LIMIT', ruleSet: guide, usage: { idCardMiniPrograms: 4 }, request: { ...fast, count: 2 }, expected: block(5, 4) },

  // rule: PHONE_LIMIT — 5 mini programs per mobile
  { name: '5th use of a mobile', ruleId: 'PHONE_LIMIT', ruleSet: current, usage: { phoneMiniPrograms: 4 }, request: fast, expected: warn(5, 4) },
  { name: '6th use of a mobile', ruleId: 'PHONE_LIMIT', ruleSet: guide, usage: { phoneMiniPrograms: 5 }, request: standalone, expected: block(5, 5) },
  { name: '1st use of a mobile', ruleId: 'PHONE_LIMIT', ruleSet: current, usage: { phoneMiniPrograms: 0 }, request: standalone, expected: null },

  // rule: EMAIL_UNIQUE
  { name: 'an email already registered, other case and spaces', ruleId: 'EMAIL_UNIQUE', ruleSet: current, usage: { emailsInUse: ['shop@example.com'] }, request: { ...standalone, email: '  Shop@Example.COM ' }, expected: block(1, 1), reason: 'email-in-use' },
  { name: 'a fresh email', ruleId: 'EMAIL_UNIQUE', ruleSet: current, usage: { emailsInUse: ['shop@example.com'] }, request: { ...standalone, email: 'new@example.com' }, expected: null },
  { name: "the official account's own email on the reuse path", ruleId: 'EMAIL_UNIQUE', ruleSet: guide, usage: { officialAccount: account({ email: 'OA@Corp.com' }) }, request: { ...fast, email: 'oa@corp.com ' }, expected: block(1, 1), reason: 'official-account-email' },
  { name: "the official account's email on a standalone path is taken", ruleId: 'EMAIL_UNIQUE', ruleSet: current, usage: { officialAccount: account({ email: 'oa@corp.com' }) }, request: { ...standalone, email: 'OA@corp.com' }, expected: block(1, 1), reason: 'email-in-use' },
  { name: 'a fresh email on the reuse path', ruleId: 'EMAIL_UNIQUE', ruleSet: current, usage: { officialAccount: account({ email: 'oa@corp.com' }), emailsInUse: [] }, request: { ...fast, email: 'mp1@corp.com' }, expected: null },
  { name: 'one email for two mini programs', ruleId: 'EMAIL_UNIQUE', ruleSet: current, usage: {}, request: { ...standalone, email: 'a@b.cn', count: 2 }, expected: { severity: 'block', limit: 1, used: 0, remaining: 1 }, reason: 'one-email-per-mini-program' },
  { name: 'no email given yet', ruleId: 'EMAIL_UNIQUE', ruleSet: current, usage: { emailsInUse: ['a@b.cn'] }, request: standalone, expected: null },

  // rule: OA_LINK_SAME — 10 same-subject mini programs per account, fast-registered ones included
  { name: '10th same-subject association by fast registration', ruleId: 'OA_LINK_SAME', ruleSet: current, usage: { officialAccount: account({ sameSubjectLinks: 9 }) }, request: fast, expected: warn(10, 9) },
  { name: '11th same-subject association by fast registration', ruleId: 'OA_LINK_SAME', ruleSet: guide, usage: { officialAccount: account({ sameSubjectLinks: 10 }) }, request: fast, expected: block(10, 10) },
  { name: '10th same-subject association', ruleId: 'OA_LINK_SAME', ruleSet: current, usage: { officialAccount: account({ sameSubjectLinks: 9 }) }, request: assocSame, expected: warn(10, 9) },
  { name: '11th same-subject association', ruleId: 'OA_LINK_SAME', ruleSet: current, usage: { officialAccount: account({ sameSubjectLinks: 10 }) }, request: assocSame, expected: block(10, 10) },
  { name: 'an other-subject association does not count', ruleId: 'OA_LINK_SAME', ruleSet: current, usage: { officialAccount: account({ sameSubjectLinks: 10 }) }, request: assocOther, expected: null },
  { name: 'no account usage known', ruleId: 'OA_LINK_SAME', ruleSet: current, usage: {}, request: fast, expected: null },

  // rule: OA_LINK_OTHER — 3 other-subject mini programs per account
  { name: '3rd other-subject association', ruleId: 'OA_LINK_OTHER', ruleSet: current, usage: { officialAccount: account({ otherSubjectLinks: 2 }) }, request: assocOther, expected: warn(3, 2) },
  { name: '4th other-subject association', ruleId: 'OA_LINK_OTHER', ruleSet: guide, usage: { officialAccount: account({ otherSubjectLinks: 3 }) }, request: assocOther, expected: block(3, 3) },
  { name: 'a different subject type is another subject', ruleId: 'OA_LINK_OTHER', ruleSet: current, usage: { officialAccount: account({ otherSubjectLinks: 3 }) }, request: { action: 'associate', subjectType: 'individual' }, expected: block(3, 3) },
  { name: 'fast registration is never other-subject', ruleId: 'OA_LINK_OTHER', ruleSet: current, usage: { officialAccount: account({ otherSubjectLinks: 3 }) }, request: fast, expected: null },

  // rule: OA_LINK_MONTHLY — current: 13 in total, fast registrations do not count
  { name: 'current: 13th new association this month', ruleId: 'OA_LINK_MONTHLY', ruleSet: current, usage: { officialAccount: account({ monthNewLinks: { sameSubject: 10, otherSubject: 2 } }) }, request: assocOther, expected: warn(13, 12) },
  { name: 'current: 14th new association this month', ruleId: 'OA_LINK_MONTHLY', ruleSet: current, usage: { officialAccount: account({ monthNewLinks: { sameSubject: 10, otherSubject: 3 } }) }, request: assocSame, expected: block(13, 13) },
  { name: 'current: fast registrations do not count', ruleId: 'OA_LINK_MONTHLY', ruleSet: current, usage: { officialAccount: account({ monthNewLinks: { sameSubject: 10, otherSubject: 3 }, monthFastRegistrations: 4 }) }, request: fast, expected: null },
  { name: 'current: fast registrations do not count toward associations', ruleId: 'OA_LINK_MONTHLY', ruleSet: current, usage: { officialAccount: account({ monthNewLinks: { sameSubject: 5, otherSubject: 0 }, monthFastRegistrations: 5 }) }, request: assocSame, expected: null },
  // guide: 10 same-subject + 3 other-subject, fast registrations counting as same-subject
  { name: 'guide: 10th same-subject this month, fast ones counted', ruleId: 'OA_LINK_MONTHLY', ruleSet: guide, usage: { officialAccount: account({ monthNewLinks: { sameSubject: 6, otherSubject: 3 }, monthFastRegistrations: 3 }) }, request: assocSame, expected: warn(10, 9), reason: 'same-subject' },
  { name: 'guide: 11th same-subject this month', ruleId: 'OA_LINK_MONTHLY', ruleSet: guide, usage: { officialAccount: account({ monthNewLinks: { sameSubject: 5, otherSubject: 0 }, monthFastRegistrations: 5 }) }, request: fast, expected: block(10, 10), reason: 'same-subject' },
  { name: 'guide: 3rd other-subject this month', ruleId: 'OA_LINK_MONTHLY', ruleSet: guide, usage: { officialAccount: account({ monthNewLinks: { sameSubject: 10, otherSubject: 2 } }) }, request: assocOther, expected: warn(3, 2), reason: 'other-subject' },
  { name: 'guide: 4th other-subject this month (10 + 3 used)', ruleId: 'OA_LINK_MONTHLY', ruleSet: guide, usage: { officialAccount: account({ monthNewLinks: { sameSubject: 10, otherSubject: 3 } }) }, request: assocOther, expected: block(3, 3), reason: 'other-subject' },

  // rule: FAST_REG_MONTHLY — current: 5, 1 for a sole proprietor's account; guide: not stated
  { name: 'current: 5th fast registration this month', ruleId: 'FAST_REG_MONTHLY', ruleSet: current, usage: { officialAccount: account({ monthFastRegistrations: 4 }) }, request: fast, expected: warn(5, 4) },
  { name: 'current: 6th fast registration this month', ruleId: 'FAST_REG_MONTHLY', ruleSet: current, usage: { officialAccount: account({ monthFastRegistrations: 5 }) }, request: fast, expected: block(5, 5) },
  { name: 'current: sole proprietor 1st', ruleId: 'FAST_REG_MONTHLY', ruleSet: current, usage: { officialAccount: account({ subjectType: 'sole_proprietor' }) }, request: { ...fast, subjectType: 'sole_proprietor' }, expected: warn(1, 0) },
  { name: 'current: sole proprietor 2nd', ruleId: 'FAST_REG_MONTHLY', ruleSet: current, usage: { officialAccount: account({ subjectType: 'sole_proprietor', monthFastRegistrations: 1 }) }, request: { ...fast, subjectType: 'sole_proprietor' }, expected: block(1, 1) },
  { name: 'guide: not stated, advice only', ruleId: 'FAST_REG_MONTHLY', ruleSet: guide, usage: { officialAccount: account({ monthFastRegistrations: 9 }) }, request: fast, expected: advice(9), reason: 'not-stated' },
  { name: 'an individual cannot fast-register: not a quota of theirs', ruleId: 'FAST_REG_MONTHLY', ruleSet: current, usage: { officialAccount: account({ subjectType: 'individual', monthFastRegistrations: 5 }) }, request: { ...fast, subjectType: 'individual' }, expected: null },

  // rule: FAST_REG_ONE_AT_A_TIME
  { name: 'current: one pending', ruleId: 'FAST_REG_ONE_AT_A_TIME', ruleSet: current, usage: { officialAccount: account({ fastRegistrationPending: true }) }, request: fast, expected: block(1, 1), reason: 'pending' },
  { name: 'current: none pending', ruleId: 'FAST_REG_ONE_AT_A_TIME', ruleSet: current, usage: { officialAccount: account() }, request: fast, expected: null },
  { name: 'guide: not stated, not checked', ruleId: 'FAST_REG_ONE_AT_A_TIME', ruleSet: guide, usage: { officialAccount: account({ fastRegistrationPending: true }) }, request: fast, expected: null },

  // rule: MP_LINK_OAS — guide 50; current unknown, advisory
  { name: 'guide: 50th account for a mini program', ruleId: 'MP_LINK_OAS', ruleSet: guide, usage: { miniProgram: { linkedAccounts: 49, monthLinks: 0 } }, request: assocSame, expected: warn(50, 49) },
  { name: 'guide: 51st account for a mini program', ruleId: 'MP_LINK_OAS', ruleSet: guide, usage: { miniProgram: { linkedAccounts: 50, monthLinks: 0 } }, request: assocSame, expected: block(50, 50) },
  { name: 'current: unknown limit, advice', ruleId: 'MP_LINK_OAS', ruleSet: current, usage: { miniProgram: { linkedAccounts: 500, monthLinks: 0 } }, request: assocSame, expected: advice(500), reason: 'unknown-limit' },

  // rule: MP_LINK_MONTHLY — guide 50 a month; current unknown, advisory
  { name: 'guide: 50th association this month', ruleId: 'MP_LINK_MONTHLY', ruleSet: guide, usage: { miniProgram: { linkedAccounts: 0, monthLinks: 49 } }, request: assocOther, expected: warn(50, 49) },
  { name: 'guide: 51st association this month', ruleId: 'MP_LINK_MONTHLY', ruleSet: guide, usage: { miniProgram: { linkedAccounts: 0, monthLinks: 50 } }, request: assocOther, expected: block(50, 50) },
  { name: 'guide: 10th association this month', ruleId: 'MP_LINK_MONTHLY', ruleSet: guide, usage: { miniProgram: { linkedAccounts: 0, monthLinks: 9 } }, request: assocOther, expected: null },
  { name: 'current: unknown limit, advice', ruleId: 'MP_LINK_MONTHLY', ruleSet: current, usage: { miniProgram: { linkedAccounts: 0, monthLinks: 80 } }, request: assocOther, expected: advice(80), reason: 'unknown-limit' },
]

describe('checkQuotas, rule by rule at the boundary', () => {
  it.each(cases)('$ruleId ($ruleSet.id): $name', ({ ruleId, ruleSet, usage, request, expected, reason }) => {
    const finding = checkQuotas(usage, request, ruleSet).find((f) => f.ruleId === ruleId)
    if (expected === null) {
      expect(finding).toBeUndefined()
      return
    }
    expect(finding).toMatchObject({ ...expected, requested: request.count ?? 1 })
    expect(finding?.reason).toBe(reason)
  })

  it('has a case for every quota rule id', () => {
    const covered = new Set(cases.map((c) => c.ruleId))
    const quotaIds: RuleId[] = [
      'SUBJECT_TOTAL',
      'ID_CARD_LIMIT',
      'PHONE_LIMIT',
      'EMAIL_UNIQUE',
      'OA_LINK_SAME',
      'OA_LINK_OTHER',
      'OA_LINK_MONTHLY',
      'MP_LINK_OAS',
      'MP_LINK_MONTHLY',
      'FAST_REG_MONTHLY',
      'FAST_REG_ONE_AT_A_TIME',
    ]
    expect(quotaIds.filter((id) => !covered.has(id))).toEqual([])
  })
})

describe('checkQuotas, the request', () => {
  const full: Usage = {
    subjectMiniPrograms: 50,
    idCardMiniPrograms: 5,
    phoneMiniPrograms: 5,
    officialAccount: account({
      sameSubjectLinks: 10,
      monthFastRegistrations: 5,
      fastRegistrationPending: true,
    }),
  }

  it('checks only the rules of the action', () => {
    const ids = checkQuotas(full, standalone, current).map((f) => f.ruleId)
    expect(ids).toEqual(['SUBJECT_TOTAL', 'ID_CARD_LIMIT', 'PHONE_LIMIT'])
    expect(checkQuotas(full, fast, current).map((f) => f.ruleId)).toEqual([
      'SUBJECT_TOTAL',
      'ID_CARD_LIMIT',
      'PHONE_LIMIT',
      'FAST_REG_ONE_AT_A_TIME',
      'OA_LINK_SAME',
      'FAST_REG_MONTHLY',
    ])
  })

  it('narrows to `only`', () => {
    const findings = checkQuotas(full, { ...fast, only: ['OA_LINK_SAME', 'EMAIL_UNIQUE'] }, current)
    expect(findings.map((f) => f.ruleId)).toEqual(['OA_LINK_SAME'])
  })

  it('puts blocks before warnings before advice', () => {
    const usage: Usage = { idCardMiniPrograms: 4, officialAccount: account({ sameSubjectLinks: 10 }) }
    const severities = checkQuotas(usage, fast, guide).map((f) => f.severity)
    expect(severities).toEqual(['block', 'warn', 'advice'])
  })

  it('counts `count` at once, 1 by default', () => {
    const usage: Usage = { idCardMiniPrograms: 2 }
    expect(checkQuotas(usage, standalone, current)).toEqual([])
    expect(checkQuotas(usage, { ...standalone, count: 3 }, current)[0]?.severity).toBe('warn')
    expect(checkQuotas(usage, { ...standalone, count: 4 }, current)[0]?.severity).toBe('block')
  })

  it('has nothing to say about a request for nothing', () => {
    expect(checkQuotas(full, { ...fast, count: 0 }, current)).toEqual([])
  })

  it('isAllowed is false only with a block', () => {
    expect(isAllowed(checkQuotas({ idCardMiniPrograms: 4 }, standalone, current))).toBe(true)
    expect(isAllowed(checkQuotas({ idCardMiniPrograms: 5 }, standalone, current))).toBe(false)
  })
})
