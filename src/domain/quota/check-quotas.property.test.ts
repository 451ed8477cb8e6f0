// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { currentRuleSet } from '../rules/current'
import { guideRuleSet } from '../rules/guide'
import { appliesTo, requireRuleValue, ruleValue, type RuleSet } from '../rules/rule-set'
import { subjectTypes, type SubjectType } from '../subject'
import { checkQuotas, isAllowed } from './check-quotas'
import { normaliseEmail } from './quota-check'
import type { QuotaRequest } from './types'

// No sequence of requests, each applied to the usage only when checkQuotas lets it through, takes any count
// past a limit that applies.

interface Counts {
  subject: number
  idCard: number
  phone: number
  sameLinks: number
  otherLinks: number
  monthSame: number
  monthOther: number
  monthFast: number
  pending: boolean
  mpAccounts: number
  mpMonth: number
  emails: string[]
}

type Event = { kind: 'new-month' } | { kind: 'request'; request: Omit<QuotaRequest, 'subjectType'> }

const accountEmail = 'oa@corp.example'
const emailPool = [
  'a@corp.example',
  ' A@Corp.Example',
  'b@corp.example',
  'OA@corp.example ',
  'c@corp.example',
]

const eventArb: fc.Arbitrary<Event> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Event>({ kind: 'new-month' }) },
  {
    weight: 8,
    arbitrary: fc
      .record({
        action: fc.constantFrom('standalone', 'fast-register', 'associate' as const),
        count: fc.integer({ min: 1, max: 4 }),
        sameSubject: fc.boolean(),
        email: fc.option(fc.constantFrom(...emailPool), { nil: undefined }),
      })
      .map((request): Event => ({ kind: 'request', request })),
  },
)

/** A start within every limit (the smallest of both rule sets), monthly counts as high as they may be. */
function startArb(type: SubjectType): fc.Arbitrary<Counts> {
  const subjectLimit = requireRuleValue(currentRuleSet, 'SUBJECT_TOTAL').limitBySubject[type]
  const fastLimit = type === 'sole_proprietor' ? 1 : 5
  return fc
    .record({
      subject: fc.integer({ min: 0, max: subjectLimit }),
      idCard: fc.integer({ min: 0, max: 5 }),
      phone: fc.integer({ min: 0, max: 5 }),
      sameLinks: fc.integer({ min: 0, max: 10 }),
      otherLinks: fc.integer({ min: 0, max: 3 }),
      monthFast: fc.integer({ min: 0, max: fastLimit }),
      monthSame: fc.integer({ min: 0, max: 10 }),
      monthOther: fc.integer({ min: 0, max: 3 }),
      pending: fc.boolean(),
      mpAccounts: fc.integer({ min: 0, max: 50 }),
      mpMonth: fc.integer({ min: 0, max: 50 }),
    })
    .map((c) => ({ ...c, monthSame: Math.min(c.monthSame, 10 - c.monthFast), emails: [] }))
}

function usageOf(c: Counts, subjectType: SubjectType) {
  return {
    subjectMiniPrograms: c.subject,
    idCardMiniPrograms: c.idCard,
    phoneMiniPrograms: c.phone,
    emailsInUse: c.emails,
    miniProgram: { linkedAccounts: c.mpAccounts, monthLinks: c.mpMonth },
    officialAccount: {
      subjectType,
      sameSubjectLinks: c.sameLinks,
      otherSubjectLinks: c.otherLinks,
      monthNewLinks: { sameSubject: c.monthSame, otherSubject: c.monthOther },
      monthFastRegistrations: c.monthFast,
      fastRegistrationPending: c.pending,
      email: accountEmail,
    },
  }
}

/** What the platform records once an allowed request is done. */
function apply(c: Counts, request: QuotaRequest): Counts {
  const n = request.count ?? 1
  const email = request.email === undefined ? [] : [normaliseEmail(request.email)]
  if (request.action === 'standalone' || request.action === 'fast-register') {
    const created = {
      ...c,
      subject: c.subject + n,
      idCard: c.idCard + n,
      phone: c.phone + n,
      emails: [...c.emails, ...email],
    }
    if (request.action === 'standalone') return created
    return { ...created, sameLinks: c.sameLinks + n, monthFast: c.monthFast + n }
  }
  const linked = { ...c, mpAccounts: c.mpAccounts + n, mpMonth: c.mpMonth + n }
  return request.sameSubject
    ? { ...linked, sameLinks: c.sameLinks + n, monthSame: c.monthSame + n }
    : { ...linked, otherLinks: c.otherLinks + n, monthOther: c.monthOther + n }
}

/** Every count within every limit that applies to the subject type under the rule set. */
function expectWithinLimits(c: Counts, ruleSet: RuleSet, type: SubjectType) {
  const applies = (id: Parameters<typeof appliesTo>[1]) => appliesTo(ruleSet, id, type)
  if (applies('SUBJECT_TOTAL')) {
    expect(c.subject).toBeLessThanOrEqual(requireRuleValue(ruleSet, 'SUBJECT_TOTAL').limitBySubject[type])
  }
  expect(c.idCard).toBeLessThanOrEqual(requireRuleValue(ruleSet, 'ID_CARD_LIMIT').limit)
  expect(c.phone).toBeLessThanOrEqual(requireRuleValue(ruleSet, 'PHONE_LIMIT').limit)
  expect(new Set(c.emails).size).toBe(c.emails.length)
  expect(c.emails).not.toContain(accountEmail)
  if (applies('OA_LINK_SAME'))
    expect(c.sameLinks).toBeLessThanOrEqual(requireRuleValue(ruleSet, 'OA_LINK_SAME').limit)
  expect(c.otherLinks).toBeLessThanOrEqual(requireRuleValue(ruleSet, 'OA_LINK_OTHER').limit)
  const monthly = requireRuleValue(ruleSet, 'OA_LINK_MONTHLY')
  if (monthly.kind === 'total') {
    expect(c.monthSame + c.monthOther).toBeLessThanOrEqual(monthly.total)
  } else {
    expect(c.monthSame + (monthly.fastRegistrationCounts ? c.monthFast : 0)).toBeLessThanOrEqual(
      monthly.sameSubject,
    )
    expect(c.monthOther).toBeLessThanOrEqual(monthly.otherSubject)
  }
  const fast = ruleValue(ruleSet, 'FAST_REG_MONTHLY')
  if (fast && applies('FAST_REG_MONTHLY')) {
    expect(c.monthFast).toBeLessThanOrEqual(
      type === 'sole_proprietor' ? fast.soleProprietorLimit : fast.limit,
    )
  }
  for (const id of ['MP_LINK_OAS', 'MP_LINK_MONTHLY'] as const) {
    const value = requireRuleValue(ruleSet, id)
    if (value.limit !== null && !value.advisoryOnly) {
      expect(id === 'MP_LINK_OAS' ? c.mpAccounts : c.mpMonth).toBeLessThanOrEqual(value.limit)
    }
  }
}

describe('checkQuotas, property', () => {
  it('no sequence of allowed requests takes usage past a limit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('current', 'guide'),
        fc.constantFrom(...subjectTypes).chain((type) => fc.tuple(fc.constant(type), startArb(type))),
        fc.array(eventArb, { maxLength: 40 }),
        (ruleSetId, [subjectType, start], events) => {
          const ruleSet = ruleSetId === 'current' ? currentRuleSet : guideRuleSet
          // The start is within every limit: the generators' bounds are the smallest limits.
          let counts: Counts = start
          for (const event of events) {
            if (event.kind === 'new-month') {
              counts = { ...counts, monthSame: 0, monthOther: 0, monthFast: 0, mpMonth: 0, pending: false }
              continue
            }
            const request: QuotaRequest = { ...event.request, subjectType }
            const findings = checkQuotas(usageOf(counts, subjectType), request, ruleSet)
            if (!isAllowed(findings)) continue
            if (request.action === 'fast-register' && oneAtATime(ruleSet, subjectType)) {
              expect(counts.pending).toBe(false)
            }
            counts = apply(counts, request)
            expectWithinLimits(counts, ruleSet, subjectType)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

function oneAtATime(ruleSet: RuleSet, type: SubjectType): boolean {
  return (
    ruleValue(ruleSet, 'FAST_REG_ONE_AT_A_TIME') !== null &&
    appliesTo(ruleSet, 'FAST_REG_ONE_AT_A_TIME', type)
  )
}
