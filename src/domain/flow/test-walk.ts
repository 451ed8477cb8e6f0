// Test support: drive the machine the way a user would, one event at a time, failing loudly on a rejection.
import { samples } from '../samples'
import type { Usage } from '../quota/types'
import { start, type FlowState } from './state'
import type { PathId, StepId } from './step-ids'
import { transition, type FlowEnv, type FlowEvent, type TransitionResult } from './transition'
import type { RuleSetId } from '../rules/rule-set'

export const today = '2026-11-24'
export const env: FlowEnv = { today }

const confirmed = { confirmed: true }

/** The values a user would give at each step of a happy path. */
export const happyValues: Partial<Record<StepId, unknown>> = {
  'open-platform': confirmed,
  'choose-mini-program': confirmed,
  'subject-type': samples.subjectType,
  'subject-info': samples.subjectInfo,
  'verification-method': { method: 'certification' },
  'oa-status': samples.oaStatus,
  'open-mini-program': confirmed,
  'fast-register': confirmed,
  qualifications: samples.qualifications,
  account: samples.account,
  'activate-email': confirmed,
  admin: samples.admin,
  'admin-verify': confirmed,
  'confirm-subject': confirmed,
  profile: samples.profile,
}

export function send(state: FlowState, event: FlowEvent, usage?: Usage): TransitionResult {
  return transition(state, event, usage ? { ...env, usage } : env)
}

export function ok(state: FlowState, event: FlowEvent, usage?: Usage): FlowState {
  const result = send(state, event, usage)
  if (!result.ok) {
    throw new Error(
      `${state.current}: ${result.reason} ${JSON.stringify(result.issues)} ${JSON.stringify(result.findings)}`,
    )
  }
  return result.state
}

/** Submit the happy values step after step until `until` is the current step. */
export function walk(
  path: PathId,
  until: StepId,
  overrides: Partial<Record<StepId, unknown>> = {},
  ruleSetId: RuleSetId = 'current',
): FlowState {
  let state = start(path, ruleSetId)
  for (let i = 0; i < 40 && state.current !== until; i += 1) {
    state = advance(state, overrides)
  }
  if (state.current !== until) throw new Error(`never reached ${until}, stopped at ${state.current}`)
  return state
}

/** One step forward: outcome steps get the outcome that lets them pass first. */
export function advance(state: FlowState, overrides: Partial<Record<StepId, unknown>> = {}): FlowState {
  let s = state
  if (s.current === 'certification' || s.current === 'certify-oa') {
    const target = s.current === 'certification' ? 'mini-program' : 'official-account'
    s = ok(s, { type: 'record', outcome: { kind: 'cert-submitted', target, on: today } })
    s = ok(s, { type: 'record', outcome: { kind: 'cert-approved', target } })
  } else if (s.current === 'transfer') {
    s = ok(s, { type: 'record', outcome: { kind: 'transfer-started', on: today } })
    s = ok(s, { type: 'record', outcome: { kind: 'transfer-done', on: today } })
  } else if (s.current === 'registration-result') {
    s = ok(s, { type: 'record', outcome: { kind: 'reuse-result', result: 'certified' } })
  }
  const values = s.current in overrides ? overrides[s.current] : happyValues[s.current]
  return ok(s, { type: 'submit', values })
}
