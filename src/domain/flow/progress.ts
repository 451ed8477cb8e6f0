import { ruleSets } from '../rules/rule-sets'
import { paths } from './paths'
import type { StepId } from './step-ids'
import type { FlowState } from './state'

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
    const applies = entry.when ? entry.when(state.answers, ruleSet) : true
    if (applies === undefined) return { steps, complete: false }
    if (applies) steps.push(entry.step)
  }
  return { steps, complete: true }
}

export interface Progress {
  /** 1-based position of the current step. */
  index: number
  /** The number of steps on the path, or `null` while it depends on answers not given yet. */
  total: number | null
}

export function progress(state: FlowState): Progress {
  const { steps, complete } = outline(state)
  const at = steps.indexOf(state.current)
  return { index: at + 1, total: complete ? steps.length : null }
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
