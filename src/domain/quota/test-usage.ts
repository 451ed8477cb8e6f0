// Test support: an official account with nothing used, and the requests the quota tests make.
import type { OfficialAccountUsage, QuotaRequest } from './types'

/** An enterprise's official account with no associations and no fast registration yet. */
export function accountUsage(over: Partial<OfficialAccountUsage> = {}): OfficialAccountUsage {
  return {
    subjectType: 'enterprise',
    sameSubjectLinks: 0,
    otherSubjectLinks: 0,
    monthNewLinks: { sameSubject: 0, otherSubject: 0 },
    monthFastRegistrations: 0,
    fastRegistrationPending: false,
    ...over,
  }
}

export const standalone: QuotaRequest = { action: 'standalone', subjectType: 'enterprise' }
export const fast: QuotaRequest = { action: 'fast-register', subjectType: 'enterprise' }
export const assocSame: QuotaRequest = { action: 'associate', subjectType: 'enterprise', sameSubject: true }
export const assocOther: QuotaRequest = { action: 'associate', subjectType: 'enterprise', sameSubject: false }
