import { ruleSets } from '../rules/rule-sets'
import { subjectTypes } from '../subject'
import { applies, paths } from './paths'
import type { StepId } from './step-ids'
import type { FlowState } from './state'
import type { Answers, OaStatusValues, VerificationMethod } from './step-values'

export interface PathOutline {
  /** The steps known to be on the path for the answers so far, in order. */
  steps: StepId[]
  /** False while a step's place on the path depends on an answer not given yet. */
  complete: boolean
}

/** The path's steps as answered so far, stopping at the first step whose condition is not yet known. */
export function outline(state: Pick<FlowState, 'path' | 'answers' | 'ruleSetId'>): PathOutline {
  const ruleSet = ruleSets[state.ruleSetId]
  const steps: StepId[] = []
  for (const entry of paths[state.path].steps) {
    const onPath = applies(entry, state.answers, ruleSet)
    if (onPath === undefined) return { steps, complete: false }
    if (onPath) steps.push(entry.step)
  }
  return { steps, complete: true }
}

/** How many steps a path has: `min === max` once known, else the fewest and the most it can still have. */
export interface StepCount {
  min: number
  max: number
}

export interface Progress {
  /** 1-based position of the current step. */
  index: number
  /** The number of steps on the path (the confirmation page included), as a range while it is not known. */
  total: StepCount
}

/** An official account's status that only says whether it is certified: the one field a condition reads. */
function accountCertified(certified: boolean): OaStatusValues {
  return {
    accountName: '',
    accountType: 'service',
    certified,
    email: '',
    sameSubjectLinks: 0,
    otherSubjectLinks: 0,
    monthSameSubjectLinks: 0,
    monthOtherSubjectLinks: 0,
    monthFastRegistrations: 0,
    fastRegistrationPending: false,
  }
}

const methods: readonly VerificationMethod[] = ['certification', 'transfer']

/**
 * The answers so far, completed in every way the paths' conditions can still branch (paths.ts: the subject
 * type, the verification method, whether the official account is certified). An answer given is kept; one not
 * given yet takes each value its step allows. A condition on another answer must be added here: progress.test.ts
 * walks every variant of both paths and fails if a total falls outside the range shown before it.
 */
export function completions(answers: Answers): Answers[] {
  const types = answers['subject-type']
    ? [answers['subject-type']]
    : subjectTypes.map((subjectType) => ({ subjectType }))
  const chosen = answers['verification-method']
  const ways = chosen ? [chosen] : methods.map((method) => ({ method }))
  const accounts = answers['oa-status'] ? [answers['oa-status']] : [true, false].map(accountCertified)
  return types.flatMap((type) =>
    ways.flatMap((way) =>
      accounts.map((account) => ({
        ...answers,
        'subject-type': type,
        'verification-method': way,
        'oa-status': account,
      })),
    ),
  )
}

/**
 * The number of steps the path has for the answers so far: exact once no answer still to give can change it
 * (an enterprise has as many steps by certification as by transfer), else the fewest and the most the path
 * definition allows. Never a guess: each bound is a path some answers lead to.
 */
export function stepCount(state: Pick<FlowState, 'path' | 'answers' | 'ruleSetId'>): StepCount {
  const known = outline(state)
  if (known.complete) return { min: known.steps.length, max: known.steps.length }
  let min = Infinity
  let max = 0
  for (const answers of completions(state.answers)) {
    const { steps, complete } = outline({ ...state, answers })
    min = Math.min(min, steps.length)
    // Not reachable while the conditions read only the answers completed above; if one day they do not, the
    // whole definition is the honest upper bound.
    max = Math.max(max, complete ? steps.length : paths[state.path].steps.length)
  }
  return { min, max }
}

export function progress(state: FlowState): Progress {
  const { steps } = outline(state)
  return { index: steps.indexOf(state.current) + 1, total: stepCount(state) }
}

/** The steps after the current one, as far as they are known. */
export function remainingSteps(state: FlowState): StepId[] {
  const { steps } = outline(state)
  const at = steps.indexOf(state.current)
  return at < 0 ? [] : steps.slice(at + 1)
}

/** The first step on the path (as answered) that is not completed, or the review once all before it are. */
export function firstIncomplete(
  state: Pick<FlowState, 'path' | 'answers' | 'ruleSetId' | 'completed'>,
): StepId {
  const { steps } = outline(state)
  for (const id of steps) {
    if (id === 'review' || id === 'done' || !state.completed.includes(id)) return id
  }
  // The outline stopped at an unknown condition: the step before it holds the missing answer.
  return steps[steps.length - 1] ?? paths[state.path].steps[0]!.step
}

/** Whether every step before `target` on the path is completed, so the user may stand on it. */
export function isReachable(state: FlowState, target: StepId): boolean {
  const { steps } = outline(state)
  const at = steps.indexOf(target)
  if (at < 0) return false
  return steps.slice(0, at).every((id) => state.completed.includes(id))
}
