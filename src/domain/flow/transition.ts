import type { LocalDate } from '../dates'
import type { QuotaFinding, Usage } from '../quota/types'
import { createFieldSchemas } from '../fields/field-schemas'
import { ruleSets } from '../rules/rule-sets'
import { evaluateGuards } from './guards'
import {
  isApproved,
  lastApplication,
  recordOutcome,
  type CertApplication,
  type OutcomeEvent,
  type OutcomeRejection,
} from './outcomes'
import { firstIncomplete, isReachable, outline } from './progress'
import { stepSchema } from './step-schemas'
import { isPathId, isStepId, type PathId, type StepId } from './step-ids'
import { steps } from './steps'
import type { FlowState } from './state'
import { carryAnswers } from './switch-path'

export type FlowEvent =
  /** 下一步 (or 提交 on check answers): the current step's values. */
  | { type: 'submit'; values?: unknown }
  /** 下一步 on a step already done, its answer kept as it is (an admin kept as saved, only masked now). */
  | { type: 'continue' }
  /** 上一步: the step before this one on the path. */
  | { type: 'back' }
  /** Open a step by its URL: allowed when every step before it is done. */
  | { type: 'visit'; step: StepId }
  /** 修改 on check answers: change a step, then return to check answers. */
  | { type: 'edit'; step: StepId }
  /** Something happened on the platform: a review result, a transfer, the reuse registration's result. */
  | { type: 'record'; outcome: OutcomeEvent }
  /** Change path, keeping every answer that is still valid on the other one. */
  | { type: 'switch-path'; path: PathId }

export interface FlowEnv {
  today: LocalDate
  /** What is already in use for the values being submitted (other registrations, the ledger). */
  usage?: Usage
}

export interface FieldIssue {
  /** The field's name, dotted for nested values ('' for the whole step). */
  field: string
  message: string
}

export type Rejection =
  | 'invalid'
  | 'blocked'
  | 'unreachable'
  | 'outcome-required'
  /** 下一步 after the platform rejected the application: recorded, and final for it (CERT_REVIEW_TIME). */
  | 'certification-rejected'
  /** An AppID before 提交: it is recorded on the confirmation page. */
  | 'not-submitted'
  | 'locked'
  | 'at-start'
  | 'not-answered'
  | 'closed'
  | 'not-at-review'
  | 'same-path'
  | 'unknown-event'
  | OutcomeRejection

export interface TransitionResult {
  state: FlowState
  ok: boolean
  reason?: Rejection
  issues: FieldIssue[]
  /** Quota and eligibility findings of the step's guards: `block` ones stopped the step. */
  findings: QuotaFinding[]
}

function accept(state: FlowState, findings: QuotaFinding[] = []): TransitionResult {
  return { state, ok: true, issues: [], findings }
}

function reject(
  state: FlowState,
  reason: Rejection,
  extra: Partial<Pick<TransitionResult, 'issues' | 'findings'>> = {},
): TransitionResult {
  return { state, ok: false, reason, issues: extra.issues ?? [], findings: extra.findings ?? [] }
}

/**
 * rule: CERT_REVIEW_TIME — why a certification the step waits for is not there yet: a rejected application
 * is recorded and final (a new one costs CERT_FEE again), which is not the same as nothing recorded.
 */
function certificationRefusal(list: readonly CertApplication[] | undefined): Rejection | null {
  if (isApproved(list)) return null
  return lastApplication(list)?.result === 'rejected' ? 'certification-rejected' : 'outcome-required'
}

/** Why an outcome step may not be left yet (`null`: the outcome it waits for is recorded). */
function outcomeRefusal(state: FlowState): Rejection | null {
  const { outcomes } = state
  switch (state.current) {
    case 'certification': // rule: CERT_BEFORE_NAME — the profile opens once the subject is verified
      return certificationRefusal(outcomes.certification)
    case 'transfer':
      return outcomes.transfer?.result === 'done' ? null : 'outcome-required'
    case 'certify-oa': // rule: REUSE_OA_CERTIFIED
      return certificationRefusal(outcomes.oaCertification)
    case 'registration-result': // rule: REUSE_CERT_OUTCOME — registered whatever the certification result
      return outcomes.reuseResult !== undefined ? null : 'outcome-required'
    default:
      return null
  }
}

/** rule: SUBJECT_LOCKED — whether the platform has taken this step's answer, so it can no longer change. */
export function isLocked(state: FlowState, id: StepId): boolean {
  const by = steps[id].lockedBy?.[state.path]
  return by !== undefined && state.completed.includes(by)
}

function nextStep(state: FlowState): StepId {
  if (state.returnToReview) return firstIncomplete(state)
  const { steps: order } = outline(state)
  const at = order.indexOf(state.current)
  const after = order[at + 1]
  return after !== undefined && after !== 'done' ? after : firstIncomplete(state)
}

function submit(state: FlowState, values: unknown, env: FlowEnv): TransitionResult {
  if (state.status !== 'active') return reject(state, 'closed')
  const id = state.current
  const def = steps[id]
  const ruleSet = ruleSets[state.ruleSetId]
  if (def.kind === 'review') {
    if (!isReachable(state, 'review')) return reject(state, 'unreachable')
    return accept({ ...state, status: 'submitted', current: 'done', returnToReview: false })
  }
  if (def.kind === 'done') return reject(state, 'closed')
  const waiting = def.kind === 'outcome' ? outcomeRefusal(state) : null
  if (waiting) return reject(state, waiting)
  const parsed = stepSchema(id, {
    path: state.path,
    ruleSet,
    today: env.today,
    answers: state.answers,
  }).safeParse(values ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
    }))
    return reject(state, 'invalid', { issues })
  }
  const before = state.answers[id]
  const changed = JSON.stringify(before) !== JSON.stringify(parsed.data)
  // rule: SUBJECT_LOCKED — what the platform has taken (the subject, the login email) cannot change.
  if (changed && before !== undefined && isLocked(state, id)) return reject(state, 'locked')
  const findings = evaluateGuards(def, state, parsed.data, ruleSet, env.usage)
  if (findings.some((f) => f.severity === 'block')) return reject(state, 'blocked', { findings })
  const invalidated = changed && before !== undefined ? (def.invalidates ?? []) : []
  const completed = [...state.completed.filter((s) => s !== id && !invalidated.includes(s)), id]
  const answered: FlowState = { ...state, answers: { ...state.answers, [id]: parsed.data }, completed }
  const current = nextStep(answered)
  return accept(
    { ...answered, current, returnToReview: answered.returnToReview && current !== 'review' },
    findings,
  )
}

function keep(state: FlowState): TransitionResult {
  if (state.status !== 'active') return reject(state, 'closed')
  const id = state.current
  if (!state.completed.includes(id) || state.answers[id] === undefined) return reject(state, 'not-answered')
  const current = nextStep(state)
  return accept({ ...state, current, returnToReview: state.returnToReview && current !== 'review' })
}

function back(state: FlowState): TransitionResult {
  if (state.status !== 'active') return reject(state, 'closed')
  const order = outline(state).steps
  const at = order.indexOf(state.current)
  if (at <= 0) return reject(state, 'at-start')
  return accept({ ...state, current: order[at - 1]!, returnToReview: false })
}

function visit(state: FlowState, target: StepId): TransitionResult {
  if (state.status === 'submitted') {
    return target === 'done' ? accept(state) : reject(state, 'closed')
  }
  if (target === 'done' || !isReachable(state, target)) return reject(state, 'unreachable')
  return accept({ ...state, current: target })
}

function edit(state: FlowState, target: StepId): TransitionResult {
  if (state.status !== 'active') return reject(state, 'closed')
  if (state.current !== 'review') return reject(state, 'not-at-review')
  if (!state.completed.includes(target) || !isReachable(state, target)) return reject(state, 'unreachable')
  return accept({ ...state, current: target, returnToReview: true })
}

/** rule: APPID — the AppID as the platform shows it, checked with the field's own schema. */
function checkAppId(state: FlowState, appId: unknown): TransitionResult | null {
  if (state.status !== 'submitted') return reject(state, 'not-submitted')
  const parsed = createFieldSchemas(ruleSets[state.ruleSetId]).appId.safeParse(appId)
  if (parsed.success) return null
  const issues = parsed.error.issues.map((issue) => ({ field: 'appId', message: issue.message }))
  return reject(state, 'invalid', { issues })
}

function record(state: FlowState, outcome: OutcomeEvent): TransitionResult {
  if (state.status === 'failed') return reject(state, 'closed')
  if (outcome.kind === 'app-id-recorded') {
    const refused = checkAppId(state, outcome.appId)
    if (refused) return refused
  }
  const result = recordOutcome(state.outcomes, outcome, ruleSets[state.ruleSetId])
  if (typeof result === 'string') return reject(state, result)
  // rule: TRANSFER_VERIFY — a transfer not made in time fails the registration.
  const failed = result.transfer?.result === 'expired'
  return accept({ ...state, outcomes: result, status: failed ? 'failed' : state.status })
}

function switchPath(state: FlowState, path: PathId): TransitionResult {
  if (state.status !== 'active') return reject(state, 'closed')
  if (path === state.path) return reject(state, 'same-path')
  return accept(carryAnswers(state, path))
}

/**
 * The flow machine: pure and total. A bad event returns the same state with a reason; it never throws.
 */
export function transition(state: FlowState, event: FlowEvent, env: FlowEnv): TransitionResult {
  switch (event?.type) {
    case 'submit':
      return submit(state, event.values, env)
    case 'continue':
      return keep(state)
    case 'back':
      return back(state)
    case 'visit':
      return isStepId(event.step) ? visit(state, event.step) : reject(state, 'unreachable')
    case 'edit':
      return isStepId(event.step) ? edit(state, event.step) : reject(state, 'unreachable')
    case 'record':
      return event.outcome ? record(state, event.outcome) : reject(state, 'unknown-event')
    case 'switch-path':
      return isPathId(event.path) ? switchPath(state, event.path) : reject(state, 'unknown-event')
    default:
      return reject(state, 'unknown-event')
  }
}
