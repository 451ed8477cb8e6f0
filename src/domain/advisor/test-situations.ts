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
