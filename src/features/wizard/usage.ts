import type { StepId, Usage } from '../../domain'
import type { RegistrationCase } from '../../storage/wizard-cases'

/** The keyed hashes of the admin about to be saved (see platform/identity-hash). */
export interface AdminHashes {
  idCard: string
  mobile: string
}

/**
 * What other registrations in this browser already use, for the values about to be submitted at `step`:
 * an email or an ID card used by another open (or submitted) registration counts; a failed one does not.
 */
export function usageFromCases(
  cases: readonly RegistrationCase[],
  caseId: string,
  step: StepId,
  values: Record<string, unknown>,
  hashes?: AdminHashes,
): Usage {
  const others = cases.filter((c) => c.id !== caseId && c.flow.status !== 'failed')
  const done = (c: RegistrationCase, id: StepId) => c.flow.completed.includes(id)
  switch (step) {
    case 'account': // rule: EMAIL_UNIQUE
      return {
        emailsInUse: others.flatMap((c) =>
          done(c, 'account') && c.flow.answers.account ? [c.flow.answers.account.email] : [],
        ),
      }
    case 'admin': // rule: ID_CARD_LIMIT, PHONE_LIMIT
      if (!hashes) return {}
      return {
        idCardMiniPrograms: others.filter(
          (c) => done(c, 'admin') && c.flow.answers.admin?.idCardHash === hashes.idCard,
        ).length,
        phoneMiniPrograms: others.filter(
          (c) => done(c, 'admin') && c.flow.answers.admin?.mobileHash === hashes.mobile,
        ).length,
      }
    case 'subject-info': {
      // rule: SUBJECT_TOTAL
      const code = String(values.creditCode ?? '').toUpperCase()
      return {
        subjectMiniPrograms: others.filter(
          (c) => done(c, 'subject-info') && c.flow.answers['subject-info']?.creditCode === code,
        ).length,
      }
    }
    default:
      return {}
  }
}
