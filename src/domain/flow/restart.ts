import type { LocalDate } from '../dates'
import { ruleSets } from '../rules/rule-sets'
import { lastApplication } from './outcomes'
import { transferAvailable } from './paths'
import { firstIncomplete } from './progress'
import { start, type FlowState } from './state'
import { stepSchema } from './step-schemas'
import type { StepId } from './step-ids'
import type { AdminValues, Answers } from './step-values'
import { carryAnswers } from './switch-path'
import { isLocked } from './transition'

/** Why a standalone registration may be started again with a new email (用新邮箱重新注册). */
export type RestartReason =
  /** The platform closed it: today, a small transfer not made in time (rule: TRANSFER_VERIFY). */
  | 'registration-failed'
  /**
   * Certification was rejected, and the verification method went with the subject when it was confirmed
   * (rule: SUBJECT_LOCKED): verifying by small transfer instead (rule: TRANSFER_VERIFY) takes a new account.
   */
  | 'switch-to-transfer'

export type RestartResult =
  | {
      ok: true
      reason: RestartReason
      /** The new registration: at the account step (a new email), the subject and the admin carried. */
      state: FlowState
      /** False when the admin must be typed again (an individual's, whose age only the full number shows). */
      adminKept: boolean
    }
  | { ok: false; reason: 'not-restartable' }

/** Whether, and why, this registration may be started again with a new email; `null` where it may not. */
export function restartReason(state: FlowState): RestartReason | null {
  if (state.path !== 'standalone') return null
  if (state.status === 'failed') return 'registration-failed'
  if (state.status !== 'active') return null
  const type = state.answers['subject-type']?.subjectType
  const rejected = lastApplication(state.outcomes.certification)?.result === 'rejected'
  // rule: SUBJECT_LOCKED — no source says a rejected certification reopens the method chosen with the
  // subject; while the method is not locked yet, it is changed on its own step instead.
  const locked = isLocked(state, 'verification-method')
  const transfer = type !== undefined && transferAvailable(type, ruleSets[state.ruleSetId])
  return rejected && locked && transfer ? 'switch-to-transfer' : null
}

/**
 * The admin as the new registration may keep it: masked numbers with their keyed hashes, exactly as an admin
 * picked from the ledger, so the admin step's own schema (its `picked` branch) must accept it. It refuses an
 * individual's admin (rule: ID_CARD_NUMBER — the adult age needs the full number, never kept).
 */
function keptAdmin(state: FlowState, answers: Answers, today: LocalDate): AdminValues | undefined {
  const admin = answers.admin
  if (!admin || !state.completed.includes('admin') || !admin.idCardHash || !admin.mobileHash) return undefined
  const ctx = { path: 'standalone' as const, ruleSet: ruleSets[state.ruleSetId], today, answers }
  const parsed = stepSchema('admin', ctx).safeParse(admin)
  return parsed.success ? parsed.data : undefined
}

const platformSteps: readonly StepId[] = ['open-platform', 'choose-mini-program']

/**
 * 用新邮箱重新注册: a new standalone registration carrying what is still true of this one, the subject type, the
 * subject info and the admin, and starting at the account step: an email that created an account is taken
 * (rule: EMAIL_UNIQUE), so the carry never keeps it (`carryAnswers`). The platform's first two steps (its
 * login page, 小程序) are known and done; the carried answers are filled in, not done, so each is checked
 * again, with its guards, as the new account's. After a rejected certification the method comes preset to
 * the small transfer. The registration given is left as it is.
 */
export function restartWithNewEmail(state: FlowState, today: LocalDate): RestartResult {
  const reason = restartReason(state)
  if (!reason) return { ok: false, reason: 'not-restartable' }
  const kept = carryAnswers(state, 'standalone').answers
  const answers: Answers = {
    'open-platform': { confirmed: true },
    'choose-mini-program': { confirmed: true },
  }
  if (kept['subject-type']) answers['subject-type'] = kept['subject-type']
  if (kept['subject-info']) answers['subject-info'] = kept['subject-info']
  if (reason === 'switch-to-transfer') answers['verification-method'] = { method: 'transfer' }
  const admin = keptAdmin(state, { ...answers, admin: kept.admin }, today)
  if (admin) answers.admin = admin
  const fresh: FlowState = { ...start('standalone', state.ruleSetId), answers, completed: platformSteps }
  return { ok: true, reason, state: { ...fresh, current: firstIncomplete(fresh) }, adminKept: !!admin }
}
