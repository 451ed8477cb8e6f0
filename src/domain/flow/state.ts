import type { RuleSetId } from '../rules/rule-set'
import type { Outcomes } from './outcomes'
import type { PathId, StepId } from './step-ids'
import type { Answers } from './step-values'

/** One registration in progress: plain data, so it can be stored, compared and replayed. */
export interface FlowState {
  path: PathId
  /** The rule set the registration was started under; it keeps it to the end. */
  ruleSetId: RuleSetId
  current: StepId
  answers: Answers
  /** Steps the user has completed (submitted or confirmed), in the order first completed. */
  completed: readonly StepId[]
  outcomes: Outcomes
  /** Set by a jump from check answers: the next 下一步 returns there unless new questions opened. */
  returnToReview: boolean
  /** submitted: 提交 pressed; failed: the platform closed the registration (a transfer expired). */
  status: 'active' | 'submitted' | 'failed'
}

export function start(path: PathId, ruleSetId: RuleSetId = 'current'): FlowState {
  return {
    path,
    ruleSetId,
    current: path === 'standalone' ? 'open-platform' : 'subject-type',
    answers: {},
    completed: [],
    outcomes: {},
    returnToReview: false,
    status: 'active',
  }
}
