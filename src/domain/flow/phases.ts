import { ruleSets } from '../rules/rule-sets'
import { isApproved, type Outcomes } from './outcomes'
import { applies, paths } from './paths'
import type { StepId } from './step-ids'
import { steps, type Phase } from './steps'
import type { FlowState } from './state'

/**
 * done: every step of the phase on the path is done; current: the current step is in it; started: some of its
 * steps are done but not all (主体 on the standalone path while the admin is verified: confirm-subject comes
 * after the admin's steps), or its steps were passed while what they wait for is still open (a reuse
 * registration whose certification failed or is pending); todo: none of its steps done yet.
 */
export type PhaseState = 'done' | 'current' | 'started' | 'todo'

export interface PhaseProgress {
  phase: Phase
  state: PhaseState
}

/**
 * rule: REUSE_CERT_OUTCOME — the reuse path goes on whatever the platform says about certification; the mini
 * program is verified only once it says certified, at once or by a re-application approved later.
 */
export function reuseCertified(outcomes: Outcomes): boolean {
  return outcomes.reuseResult === 'certified' || isApproved(outcomes.certification)
}

/** Whether a step on the path is done: submitted, and for the reuse registration's result, certified. */
function stepDone(state: FlowState, id: StepId): boolean {
  // Check answers and the confirmation are done by 提交 itself (the machine records no completion for them).
  if (id === 'review' || id === 'done') return state.status === 'submitted'
  if (!state.completed.includes(id)) return false
  return id !== 'registration-result' || reuseCertified(state.outcomes)
}

/** Whether any of the phase's steps was done or passed (a result recorded but not the one that verifies). */
function stepStarted(state: FlowState, id: StepId): boolean {
  return stepDone(state, id) || state.completed.includes(id)
}

/**
 * The path's phases in order, each with its state, computed from the steps of that phase on the path: those
 * known to be on it, and those that may still be (their condition waits for an answer), which keep a phase
 * from being done and keep a phase that may have no steps at all (验证 before the subject type is known) in
 * the list. Nothing is current once the registration is submitted.
 */
export function phaseProgress(state: FlowState): PhaseProgress[] {
  const ruleSet = ruleSets[state.ruleSetId]
  const byPhase = new Map<Phase, { id: StepId; known: boolean }[]>()
  for (const entry of paths[state.path].steps) {
    const onPath = applies(entry, state.answers, ruleSet)
    if (onPath === false) continue
    const phase = steps[entry.step].phase
    byPhase.set(phase, [...(byPhase.get(phase) ?? []), { id: entry.step, known: onPath === true }])
  }
  const currentPhase = state.status === 'submitted' ? undefined : steps[state.current].phase
  return [...byPhase].map(([phase, members]) => {
    if (phase === currentPhase) return { phase, state: 'current' }
    if (members.every((m) => m.known && stepDone(state, m.id))) return { phase, state: 'done' }
    if (members.some((m) => stepStarted(state, m.id))) return { phase, state: 'started' }
    return { phase, state: 'todo' }
  })
}
