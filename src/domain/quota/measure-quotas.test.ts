// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { subjectTypes } from '../subject'
import { checkQuotas, measureQuotas } from './check-quotas'
import type { QuotaRequest, Usage } from './types'

const count = fc.integer({ min: 0, max: 60 })
const usageArb: fc.Arbitrary<Usage> = fc.record({
  subjectMiniPrograms: count,
  idCardMiniPrograms: count,
  phoneMiniPrograms: count,
  officialAccount: fc.record({
    subjectType: fc.constantFrom(...subjectTypes),
    sameSubjectLinks: count,
    otherSubjectLinks: count,
    monthNewLinks: fc.record({ sameSubject: count, otherSubject: count }),
    monthFastRegistrations: count,
    fastRegistrationPending: fc.boolean(),
  }),
  miniProgram: fc.record({ linkedAccounts: count, monthLinks: count }),
})
const requestArb: fc.Arbitrary<QuotaRequest> = fc.record({
  action: fc.constantFrom('standalone', 'fast-register', 'associate' as const),
  subjectType: fc.constantFrom(...subjectTypes),
  sameSubject: fc.boolean(),
  count: fc.integer({ min: 1, max: 5 }),
})

describe('measureQuotas: what a meter shows, from the same reading as the checks', () => {
  it('agrees with every finding of a counted limit on its limit and what is used', () => {
    fc.assert(
      fc.property(
        usageArb,
        requestArb,
        fc.constantFrom(ruleSets.current, ruleSets.guide),
        (usage, request, set) => {
          const measures = measureQuotas(usage, request, set)
          for (const finding of checkQuotas(usage, request, set)) {
            const measure = measures.find((m) => m.ruleId === finding.ruleId)
            if (!measure) continue // EMAIL_UNIQUE and FAST_REG_ONE_AT_A_TIME are not counted limits
            expect([measure.limit, measure.used]).toEqual([finding.limit, finding.used])
          }
          // And a measure with no finding has room left after the request.
          for (const measure of measures) {
            const found = checkQuotas(usage, request, set).some((f) => f.ruleId === measure.ruleId)
            if (!found && measure.limit !== null) {
              expect(measure.used + (request.count ?? 1)).toBeLessThan(measure.limit)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('measures an account with room left, where checkQuotas has nothing to say', () => {
    const usage: Usage = {
      officialAccount: {
        subjectType: 'enterprise',
        sameSubjectLinks: 3,
        otherSubjectLinks: 1,
        monthNewLinks: { sameSubject: 2, otherSubject: 1 },
        monthFastRegistrations: 1,
        fastRegistrationPending: false,
      },
    }
    const request = { action: 'associate', subjectType: 'enterprise', sameSubject: true } as const
    expect(checkQuotas(usage, request, ruleSets.current)).toEqual([])
    expect(measureQuotas(usage, request, ruleSets.current)).toEqual([
      { ruleId: 'OA_LINK_SAME', limit: 10, used: 3, advisory: false },
      { ruleId: 'OA_LINK_MONTHLY', limit: 13, used: 3, advisory: false },
    ])
    expect(measureQuotas(usage, request, ruleSets.guide)).toEqual([
      { ruleId: 'OA_LINK_SAME', limit: 10, used: 3, advisory: false },
      // The guide splits the month by subject and counts fast registrations as same-subject.
      { ruleId: 'OA_LINK_MONTHLY', limit: 10, used: 3, advisory: false, reason: 'same-subject' },
    ])
  })
})
