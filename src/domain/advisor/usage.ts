import type { OfficialAccountUsage, Usage } from '../quota/types'
import type { Situation } from './situation'

/** The situation as the plain counts checkQuotas reads; unknown counts stay absent. */
export function usageOf(situation: Situation): Usage {
  const account = situation.officialAccount
  const usage: Usage = {}
  if (situation.subjectMiniPrograms !== undefined) usage.subjectMiniPrograms = situation.subjectMiniPrograms
  if (situation.adminIdCardMiniPrograms !== undefined)
    usage.idCardMiniPrograms = situation.adminIdCardMiniPrograms
  if (situation.adminPhoneMiniPrograms !== undefined)
    usage.phoneMiniPrograms = situation.adminPhoneMiniPrograms
  // Only an account of the same subject can create the subject's mini programs (REUSE_QUALIFICATIONS).
  if (account?.sameSubject) {
    usage.officialAccount = {
      subjectType: situation.subjectType,
      sameSubjectLinks: account.sameSubjectLinks,
      otherSubjectLinks: account.otherSubjectLinks,
      monthNewLinks: { ...account.monthNewLinks },
      monthFastRegistrations: account.monthFastRegistrations,
      fastRegistrationPending: account.fastRegistrationPending,
    }
  }
  return usage
}

function withAccount(usage: Usage, change: (account: OfficialAccountUsage) => OfficialAccountUsage): Usage {
  return usage.officialAccount ? { ...usage, officialAccount: change(usage.officialAccount) } : usage
}

/**
 * The account's counts once a pending fast registration is completed: it becomes one more same-subject
 * association and one more fast registration this month. Planning counts it whatever the rule set, since
 * the mini program will exist either way.
 */
export function afterPending(usage: Usage): Usage {
  return withAccount(usage, (account) =>
    account.fastRegistrationPending
      ? {
          ...account,
          fastRegistrationPending: false,
          sameSubjectLinks: account.sameSubjectLinks + 1,
          monthFastRegistrations: account.monthFastRegistrations + 1,
        }
      : account,
  )
}

/** The counts at the start of a later month, after `created` more fast registrations. */
export function inLaterMonth(usage: Usage, created: number): Usage {
  return withAccount(usage, (account) => ({
    ...account,
    sameSubjectLinks: account.sameSubjectLinks + created,
    monthNewLinks: { sameSubject: 0, otherSubject: 0 },
    monthFastRegistrations: 0,
    fastRegistrationPending: false,
  }))
}
