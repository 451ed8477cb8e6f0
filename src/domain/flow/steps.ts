import type { RuleId } from '../rules/rule-ids'
import type { PathId, StepId, StepKind } from './step-ids'

/** One step, as data: the page renders it, the machine moves through it, the rule book and the tests read it. */
/** The phases a path's stepper shows: a way to see where one is, not a way to skip ahead. */
export type Phase =
  'platform' | 'account' | 'subject' | 'officialAccount' | 'admin' | 'verification' | 'profile' | 'review'

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
}

function step(
  id: StepId,
  kind: StepKind,
  phase: Phase,
  extra: Partial<Omit<StepDef, 'id' | 'kind' | 'phase'>> = {},
): StepDef {
  return { id, kind, phase, rules: [], guards: [], ...extra }
}

export const steps: Readonly<Record<StepId, StepDef>> = {
  'open-platform': step('open-platform', 'instruction', 'platform'),
  'choose-mini-program': step('choose-mini-program', 'instruction', 'platform'),
  'subject-type': step('subject-type', 'form', 'subject', {
    rules: ['REUSE_OA_TYPES'],
    guards: ['REUSE_OA_TYPES'],
    invalidates: ['subject-info', 'verification-method', 'admin'],
    lockedBy: { standalone: 'confirm-subject', reuse: 'qualifications' },
  }),
  'subject-info': step('subject-info', 'form', 'subject', {
    rules: ['CREDIT_CODE', 'SUBJECT_TOTAL'],
    guards: ['SUBJECT_TOTAL'],
    lockedBy: { standalone: 'confirm-subject', reuse: 'qualifications' },
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
  }),
  'certify-oa': step('certify-oa', 'outcome', 'officialAccount', {
    rules: ['REUSE_OA_CERTIFIED', 'CERT_FEE', 'CERT_REVIEW_TIME'],
  }),
  'open-mini-program': step('open-mini-program', 'instruction', 'officialAccount'),
  'fast-register': step('fast-register', 'instruction', 'officialAccount'),
  qualifications: step('qualifications', 'form', 'officialAccount', {
    rules: ['REUSE_QUALIFICATIONS', 'REUSE_CERT_OUTCOME'],
  }),
  account: step('account', 'form', 'account', {
    rules: ['EMAIL_FORMAT', 'EMAIL_UNIQUE', 'PASSWORD_POLICY'],
    guards: ['EMAIL_UNIQUE'],
    lockedBy: { standalone: 'activate-email', reuse: 'activate-email' },
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
  }),
  'admin-verify': step('admin-verify', 'instruction', 'admin', { rules: ['SMS_CODE'] }),
  'confirm-subject': step('confirm-subject', 'instruction', 'subject', { rules: ['SUBJECT_LOCKED'] }),
  certification: step('certification', 'outcome', 'verification', {
    rules: ['CERT_FEE', 'CERT_REVIEW_TIME', 'CERT_BEFORE_NAME', 'CERT_VALIDITY'],
  }),
  transfer: step('transfer', 'outcome', 'verification', { rules: ['TRANSFER_VERIFY', 'CERT_BEFORE_NAME'] }),
  profile: step('profile', 'form', 'profile', { rules: ['MP_NAME', 'MP_INTRO', 'MP_LOGO'] }),
  review: step('review', 'review', 'review'),
  done: step('done', 'done', 'review', { rules: ['CERT_BEFORE_PUBLISH'] }),
}
