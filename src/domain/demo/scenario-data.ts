// The scenarios as data: the path, the subject, what differs from the sample answers, what the ledger holds and
// what the platform answers. Every number a scenario needs to reach a limit is read from the rule set it is
// loaded under, so a changed limit changes the scenario with it.
import type { LocalDate } from '../dates'
import type { CertTarget, OutcomeEvent } from '../flow/outcomes'
import type { PathId, StepId } from '../flow/step-ids'
import type { RuleId } from '../rules/rule-ids'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import type { SubjectType } from '../subject'
import type { ScenarioEnd, ScenarioId, ScenarioLedger } from './scenario-types'

type StepAnswers = Partial<Record<StepId, Record<string, unknown>>>
type StepOutcomes = Partial<Record<StepId, OutcomeEvent[]>>

export interface ScenarioDef {
  id: ScenarioId
  path: PathId
  subjectType: SubjectType
  /** Rules the scenario cannot be shown without: one a rule set does not state makes it `not-stated` there. */
  needs: readonly RuleId[]
  /** The rules it teaches. */
  rules: readonly RuleId[]
  /** Answers that differ from the samples (sample-data.ts). */
  answers?: (ruleSet: RuleSet) => StepAnswers
  ledger?: (ruleSet: RuleSet) => ScenarioLedger
  /** Outcomes that differ from the usual ones (submitted and approved, transferred, the expected reuse result). */
  outcomes?: (ruleSet: RuleSet, today: LocalDate) => StepOutcomes
  ends: ScenarioEnd
}

/** An application paid, then approved: the usual certification. */
export function certified(target: CertTarget, on: LocalDate): OutcomeEvent[] {
  return [
    { kind: 'cert-submitted', target, on },
    { kind: 'cert-approved', target },
  ]
}

/** The official account's status with one thing changed. */
const oaStatus = (changes: Record<string, unknown>): StepAnswers => ({ 'oa-status': { ...changes } })

export const scenarioDefs: Readonly<Record<ScenarioId, ScenarioDef>> = {
  'enterprise-certification': {
    id: 'enterprise-certification',
    path: 'standalone',
    subjectType: 'enterprise',
    needs: [],
    rules: ['EMAIL_UNIQUE', 'SUBJECT_LOCKED', 'CERT_FEE', 'CERT_BEFORE_NAME'],
    answers: () => ({ 'verification-method': { method: 'certification' } }),
    ends: { kind: 'done' },
  },
  'enterprise-transfer': {
    id: 'enterprise-transfer',
    path: 'standalone',
    subjectType: 'enterprise',
    needs: ['TRANSFER_VERIFY'],
    rules: ['TRANSFER_VERIFY', 'CERT_BEFORE_NAME'],
    answers: () => ({ 'verification-method': { method: 'transfer' } }),
    ends: { kind: 'done' },
  },
  'individual-business': {
    id: 'individual-business',
    path: 'standalone',
    subjectType: 'sole_proprietor',
    needs: [],
    rules: ['SUBJECT_TOTAL', 'CERT_FEE', 'CERT_BEFORE_NAME'],
    answers: () => ({ 'verification-method': { method: 'certification' } }),
    ends: { kind: 'done' },
  },
  'reuse-certified': {
    id: 'reuse-certified',
    path: 'reuse',
    subjectType: 'enterprise',
    needs: [],
    rules: ['REUSE_OA_CERTIFIED', 'REUSE_QUALIFICATIONS', 'REUSE_CERT_OUTCOME', 'EMAIL_UNIQUE'],
    ends: { kind: 'done' },
  },
  'reuse-oa-uncertified': {
    id: 'reuse-oa-uncertified',
    path: 'reuse',
    subjectType: 'enterprise',
    needs: [],
    rules: ['REUSE_OA_CERTIFIED', 'CERT_FEE', 'CERT_REVIEW_TIME'],
    answers: () => oaStatus({ certified: false }),
    ends: { kind: 'done' },
  },
  'reuse-cert-failed': {
    id: 'reuse-cert-failed',
    path: 'reuse',
    subjectType: 'enterprise',
    needs: ['REUSE_CERT_OUTCOME'],
    rules: ['REUSE_CERT_OUTCOME', 'CERT_FEE', 'CERT_BEFORE_PUBLISH'],
    // 小程序已完成注册，认证未成功: registered, then certified on its own with a new, paid application.
    outcomes: (_, on) => ({
      'registration-result': [{ kind: 'reuse-result', result: 'failed' }, ...certified('mini-program', on)],
    }),
    ends: { kind: 'done' },
  },
  'id-card-full': {
    id: 'id-card-full',
    path: 'standalone',
    subjectType: 'enterprise',
    needs: ['ID_CARD_LIMIT'],
    rules: ['ID_CARD_LIMIT'],
    ledger: (ruleSet) => ({ idCardMiniPrograms: requireRuleValue(ruleSet, 'ID_CARD_LIMIT').limit }),
    ends: { kind: 'blocked', step: 'admin', rule: 'ID_CARD_LIMIT' },
  },
  'phone-full': {
    id: 'phone-full',
    path: 'standalone',
    subjectType: 'enterprise',
    needs: ['PHONE_LIMIT'],
    rules: ['PHONE_LIMIT'],
    ledger: (ruleSet) => ({ phoneMiniPrograms: requireRuleValue(ruleSet, 'PHONE_LIMIT').limit }),
    ends: { kind: 'blocked', step: 'admin', rule: 'PHONE_LIMIT' },
  },
  'oa-links-full': {
    id: 'oa-links-full',
    path: 'reuse',
    subjectType: 'enterprise',
    needs: ['OA_LINK_SAME'],
    rules: ['OA_LINK_SAME', 'OA_LINK_OTHER'],
    answers: (ruleSet) => oaStatus({ sameSubjectLinks: requireRuleValue(ruleSet, 'OA_LINK_SAME').limit }),
    ends: { kind: 'blocked', step: 'oa-status', rule: 'OA_LINK_SAME' },
  },
  'fast-reg-month-full': {
    id: 'fast-reg-month-full',
    path: 'reuse',
    subjectType: 'enterprise',
    needs: ['FAST_REG_MONTHLY'],
    rules: ['FAST_REG_MONTHLY'],
    answers: (ruleSet) =>
      oaStatus({ monthFastRegistrations: requireRuleValue(ruleSet, 'FAST_REG_MONTHLY').limit }),
    ends: { kind: 'blocked', step: 'oa-status', rule: 'FAST_REG_MONTHLY' },
  },
  'fast-reg-pending': {
    id: 'fast-reg-pending',
    path: 'reuse',
    subjectType: 'enterprise',
    needs: ['FAST_REG_ONE_AT_A_TIME'],
    rules: ['FAST_REG_ONE_AT_A_TIME'],
    answers: () => oaStatus({ fastRegistrationPending: true }),
    ends: { kind: 'blocked', step: 'oa-status', rule: 'FAST_REG_ONE_AT_A_TIME' },
  },
  'personal-reuse': {
    id: 'personal-reuse',
    path: 'reuse',
    subjectType: 'individual',
    needs: ['REUSE_OA_TYPES'],
    rules: ['REUSE_OA_TYPES'],
    ends: { kind: 'blocked', step: 'subject-type', rule: 'REUSE_OA_TYPES' },
  },
}
