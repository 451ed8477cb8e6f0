import fc from 'fast-check'
import { subjectTypes } from '../subject'
import type { OfficialAccountSituation, Situation } from './situation'

// Builders for the advisor's tests: a certified service account of the same subject with nothing used.

export function officialAccount(over: Partial<OfficialAccountSituation> = {}): OfficialAccountSituation {
  return {
    type: 'service',
    certified: true,
    sameSubject: true,
    sameSubjectLinks: 0,
    otherSubjectLinks: 0,
    monthNewLinks: { sameSubject: 0, otherSubject: 0 },
    monthFastRegistrations: 0,
    fastRegistrationPending: false,
    ...over,
  }
}

export function situation(over: Partial<Situation> = {}): Situation {
  return {
    subjectType: 'enterprise',
    officialAccount: officialAccount(),
    wanted: 1,
    subjectMiniPrograms: 0,
    adminIdCardMiniPrograms: 0,
    adminPhoneMiniPrograms: 0,
    ...over,
  }
}

/** Any situation the advisor may be asked about, up to `maxWanted` wanted and `maxHeld` held by the subject. */
export function situationArb({
  maxWanted,
  maxHeld,
}: {
  maxWanted: number
  maxHeld: number
}): fc.Arbitrary<Situation> {
  const count = (max: number) => fc.integer({ min: 0, max })
  return fc.record({
    subjectType: fc.constantFrom(...subjectTypes),
    officialAccount: fc.option(
      fc.record({
        type: fc.constantFrom('subscription', 'service' as const),
        certified: fc.boolean(),
        sameSubject: fc.boolean(),
        sameSubjectLinks: count(10),
        otherSubjectLinks: count(3),
        monthNewLinks: fc.record({ sameSubject: count(5), otherSubject: count(3) }),
        monthFastRegistrations: count(5),
        fastRegistrationPending: fc.boolean(),
      }),
      { nil: null },
    ),
    wanted: fc.integer({ min: 1, max: maxWanted }),
    subjectMiniPrograms: fc.option(count(maxHeld), { nil: undefined }),
    adminIdCardMiniPrograms: fc.option(count(5), { nil: undefined }),
    adminPhoneMiniPrograms: fc.option(count(5), { nil: undefined }),
  })
}
