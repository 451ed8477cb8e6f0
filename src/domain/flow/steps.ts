import { identityFormats } from '../identity'
import type { RuleId } from '../rules/rule-ids'
import type { AdminHashes, IdentityQuery } from './identity-query'
import type { PathId, StepId, StepKind } from './step-ids'

/** The phases a path's stepper shows: a way to see where one is, not a way to skip ahead. */
export type Phase =
  'platform' | 'account' | 'subject' | 'officialAccount' | 'admin' | 'verification' | 'profile' | 'review'

/** One step, as data: the page renders it, the machine moves through it, the rule book and the tests read it. */
export interface StepDef {
  id: StepId
  kind: StepKind
  phase: Phase
  /** Every rule this step enforces, by its schema or by a guard: the rule book lists them per step. */
  rules: readonly RuleId[]
  /** Quota and eligibility rules checked with `checkQuotas` before the user may advance. */
  guards: readonly RuleId[]
  /** Later steps whose answers were checked against this one's: a change here asks them again. */
  invalidates?: readonly StepId[]
  /** Once the named step is done on a path, this step's answers can no longer change. */
  lockedBy?: Partial<Record<PathId, StepId>>
  /**
   * The counted identities this step's values use (its guards' usage): what the ledger and the other
   * registrations are asked about before the step is accepted, and what the registration holds once it is.
   */
  identities?: (values: Record<string, unknown>, hashes?: AdminHashes) => IdentityQuery
  /** Once done, the step changes the ledger's record of the registration (进行中, or final on 提交). */
  writesLedger?: true
  /**
   * Fields never stored while typed: only in memory until the step is done, after which the machine's caller
   * keeps them masked. A value of the form given (masked) may be stored: it is no longer the full number.
   */
  privateFields?: Readonly<Record<string, RegExp>>
}

function step(
  id: StepId,
  kind: StepKind,
  phase: Phase,
  extra: Partial<Omit<StepDef, 'id' | 'kind' | 'phase'>> = {},
): StepDef {
  return { id, kind, phase, rules: [], guards: [], ...extra }
}

/** A non-empty string value, else undefined: identities are compared only when given. */
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined)

export const steps: Readonly<Record<StepId, StepDef>> = {
  'open-platform': step('open-platform', 'instruction', 'platform'),
  'choose-mini-program': step('choose-mini-program', 'instruction', 'platform'),
  'subject-type': step('subject-type', 'form', 'subject', {
    rules: ['REUSE_OA_TYPES'],
    guards: ['REUSE_OA_TYPES'],
    invalidates: ['subject-info', 'verification-method', 'admin'],
    lockedBy: { standalone: 'confirm-subject', reuse: 'qualifications' },
    writesLedger: true,
  }),
  'subject-info': step('subject-info', 'form', 'subject', {
    rules: ['SUBJECT_NAME', 'CREDIT_CODE', 'SUBJECT_TOTAL'],
    guards: ['SUBJECT_TOTAL'],
    lockedBy: { standalone: 'confirm-subject', reuse: 'qualifications' },
    identities: (values) => ({ creditCode: text(values.creditCode), subjectName: text(values.name) }),
    writesLedger: true,
  }),
  'oa-status': step('oa-status', 'form', 'officialAccount', {
    rules: [
      'REUSE_OA_CERTIFIED',
      'OA_LINK_SAME',
      'OA_LINK_MONTHLY',
      'FAST_REG_MONTHLY',
      'FAST_REG_ONE_AT_A_TIME',
    ],
    guards: ['OA_LINK_SAME', 'OA_LINK_MONTHLY', 'FAST_REG_MONTHLY', 'FAST_REG_ONE_AT_A_TIME'],
    lockedBy: { reuse: 'qualifications' },
    identities: (values) => ({ officialAccountEmail: text(values.email) }),
    writesLedger: true,
  }),
  'certify-oa': step('certify-oa', 'outcome', 'officialAccount', {
    rules: ['REUSE_OA_CERTIFIED', 'CERT_FEE', 'CERT_REVIEW_TIME'],
  }),
  // Where to click in the official account's back office is the rule set's (OA_MENU_PATH).
  'open-mini-program': step('open-mini-program', 'instruction', 'officialAccount', {
    rules: ['OA_MENU_PATH'],
  }),
  'fast-register': step('fast-register', 'instruction', 'officialAccount', { rules: ['OA_MENU_PATH'] }),
  qualifications: step('qualifications', 'form', 'officialAccount', {
    rules: ['REUSE_QUALIFICATIONS', 'REUSE_CERT_OUTCOME'],
    // The ticked boxes are not sent on their own: the platform's next page asks for the new email and password,
    // and the fast registration is submitted with them. So the choice is taken when the email is, and the
    // wizard knows that at the same step as for the email: once the activation link (sent on that submission)
    // has been clicked.
    lockedBy: { reuse: 'activate-email' },
  }),
  account: step('account', 'form', 'account', {
    rules: ['EMAIL_FORMAT', 'EMAIL_UNIQUE', 'PASSWORD_POLICY'],
    guards: ['EMAIL_UNIQUE'],
    lockedBy: { standalone: 'activate-email', reuse: 'activate-email' },
    identities: (values) => ({ email: text(values.email) }),
    writesLedger: true,
  }),
  'activate-email': step('activate-email', 'instruction', 'account'),
  'registration-result': step('registration-result', 'outcome', 'verification', {
    rules: ['REUSE_CERT_OUTCOME', 'CERT_VALIDITY'],
  }),
  'verification-method': step('verification-method', 'form', 'subject', {
    rules: ['TRANSFER_VERIFY', 'CERT_BEFORE_NAME'],
    lockedBy: { standalone: 'confirm-subject' },
  }),
  admin: step('admin', 'form', 'admin', {
    rules: ['ADMIN_NAME', 'ID_CARD_NUMBER', 'MOBILE', 'ID_CARD_LIMIT', 'PHONE_LIMIT'],
    guards: ['ID_CARD_LIMIT', 'PHONE_LIMIT'],
    // A new admin verifies again on the platform (SMS code and a scan with their own WeChat).
    invalidates: ['admin-verify'],
    // Counted by keyed hash: those made of the typed numbers, or those an admin picked from the ledger has.
    identities: (values, hashes) => ({
      idCardHash: hashes?.idCard ?? text(values.idCardHash),
      mobileHash: hashes?.mobile ?? text(values.mobileHash),
    }),
    writesLedger: true,
    privateFields: { idCardNumber: identityFormats.maskedIdCard, mobile: identityFormats.maskedMobile },
  }),
  'admin-verify': step('admin-verify', 'instruction', 'admin', { rules: ['SMS_CODE'] }),
  'confirm-subject': step('confirm-subject', 'instruction', 'subject', { rules: ['SUBJECT_LOCKED'] }),
  certification: step('certification', 'outcome', 'verification', {
    rules: ['CERT_FEE', 'CERT_REVIEW_TIME', 'CERT_BEFORE_NAME', 'CERT_VALIDITY'],
  }),
  transfer: step('transfer', 'outcome', 'verification', { rules: ['TRANSFER_VERIFY', 'CERT_BEFORE_NAME'] }),
  profile: step('profile', 'form', 'profile', {
    rules: ['MP_NAME', 'MP_INTRO', 'MP_LOGO'],
    writesLedger: true,
  }),
  review: step('review', 'review', 'review', { writesLedger: true }),
  done: step('done', 'done', 'review', { rules: ['CERT_BEFORE_PUBLISH'] }),
}
