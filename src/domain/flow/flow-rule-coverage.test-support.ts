// TEST SUPPORT ONLY: rules of other topics (eligibility, fees and reviews) whose values the flow machine's parts
// read: its guards, step schemas, path conditions and outcome records. Not exhaustive: the advisor and the
// screens read the rest (fees, review times, validity), and their own tests cover them.
import { t } from '../../i18n'
import type { RuleSet } from '../rules/rule-set'
import { row, verdict, accepted, refused, type Row } from '../rule-coverage.test-support'
import { evaluateGuards } from './guards'
import { lastApplication, recordOutcome, type OutcomeEvent, type Outcomes } from './outcomes'
import { standalonePath } from './paths'
import { start } from './state'
import { stepSchema } from './step-schemas'
import { steps } from './steps'
import { today } from './test-walk'

/** The findings of the subject type step's guard on the reuse path. */
function reuseSubjectGuard(subjectType: string) {
  return (ruleSet: RuleSet) =>
    evaluateGuards(steps['subject-type'], start('reuse'), { subjectType }, ruleSet).map((f) => f.ruleId)
}

/** The outcomes after recording events one by one; a rejection's reason where one does not fit. */
function recorded(events: readonly OutcomeEvent[]) {
  return (ruleSet: RuleSet) => {
    let outcomes: Outcomes = {}
    for (const event of events) {
      const next = recordOutcome(outcomes, event, ruleSet)
      if (typeof next === 'string') return next
      outcomes = next
    }
    return outcomes
  }
}

const soleProprietor = { 'subject-type': { subjectType: 'sole_proprietor' as const } }
const mp = 'mini-program' as const
const sentBackTwice: OutcomeEvent[] = [
  { kind: 'cert-submitted', target: mp, on: today },
  { kind: 'cert-sent-back', target: mp },
  { kind: 'cert-resubmitted', target: mp },
  { kind: 'cert-sent-back', target: mp },
]
const sentBackFourTimes: OutcomeEvent[] = [
  ...sentBackTwice,
  { kind: 'cert-resubmitted', target: mp },
  { kind: 'cert-sent-back', target: mp },
  { kind: 'cert-resubmitted', target: mp },
  { kind: 'cert-sent-back', target: mp },
]
const certificationResult = (events: readonly OutcomeEvent[]) => (ruleSet: RuleSet) => {
  const outcomes = recorded(events)(ruleSet)
  return typeof outcomes === 'string' ? outcomes : lastApplication(outcomes.certification)?.result
}

export const flowRows: readonly Row[] = [
  row('REUSE_OA_TYPES', 'subjectTypes', {
    change: 'enterprise only',
    to: () => ({ subjectTypes: ['enterprise'] }),
    outcome: reuseSubjectGuard('government'),
    before: [],
    after: ['REUSE_OA_TYPES'],
  }),
  row('REUSE_OA_TYPES', 'not stated', {
    change: 'not stated',
    to: () => null,
    outcome: reuseSubjectGuard('individual'),
    before: ['REUSE_OA_TYPES'],
    after: [],
  }),
  row('TRANSFER_VERIFY', 'not stated', {
    change: 'not stated (as under guide)',
    to: () => null,
    outcome: recorded([{ kind: 'transfer-started', on: today }]),
    before: { transfer: { startedOn: today, deadline: '2026-12-04', result: 'pending' } },
    after: 'not-stated-in-rule-set',
  }),
  row('TRANSFER_VERIFY', 'days', {
    change: '10 → 5',
    to: (v) => ({ ...v, days: 5 }),
    outcome: recorded([{ kind: 'transfer-started', on: today }]),
    before: { transfer: { startedOn: today, deadline: '2026-12-04', result: 'pending' } },
    after: { transfer: { startedOn: today, deadline: '2026-11-29', result: 'pending' } },
  }),
  row('TRANSFER_VERIFY', 'subjectTypes', {
    change: 'enterprise only: the sole proprietor loses the choice',
    to: (v) => ({ ...v, subjectTypes: ['enterprise'] }),
    outcome: (ruleSet) => {
      const ctx = { path: 'standalone' as const, ruleSet, today, answers: soleProprietor }
      const onPath = standalonePath.steps.find((s) => s.step === 'verification-method')?.when
      return {
        verificationMethodOnPath: onPath?.test(soleProprietor, ruleSet),
        transfer: verdict(stepSchema('verification-method', ctx), { method: 'transfer' }),
      }
    },
    before: { verificationMethodOnPath: true, transfer: accepted({ method: 'transfer' }) },
    after: {
      verificationMethodOnPath: false,
      transfer: refused(undefined, t('steps.errors.transferNotAvailable'), 'method'),
    },
  }),
  row('CERT_REVIEW_TIME', 'maxSendBacks', {
    change: '3 → 1: the second request for material closes the application',
    to: (v) => ({ ...v, maxSendBacks: 1 }),
    outcome: certificationResult(sentBackTwice),
    before: 'awaiting-material',
    after: 'rejected',
  }),
  row('CERT_REVIEW_TIME', 'not stated', {
    change: 'not stated (as under guide): no count closes an application',
    to: () => null,
    outcome: certificationResult(sentBackFourTimes),
    before: 'rejected',
    after: 'awaiting-material',
  }),
]
