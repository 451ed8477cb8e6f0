import { ruleSets } from '../rules/rule-sets'
import { evaluateGuards } from './guards'
import { paths } from './paths'
import { firstIncomplete } from './progress'
import type { PathId, StepId } from './step-ids'
import type { Answers } from './step-values'
import { steps } from './steps'
import { start, type FlowState } from './state'

/** Answers that mean the same on both paths: the subject, the admin, the profile, and the email. */
const shared: readonly StepId[] = ['subject-type', 'subject-info', 'admin', 'account', 'profile']

/**
 * The state on the other path, keeping every answer still valid there. The email goes only while no
 * account was created with it (activation not done): an activated email is taken (EMAIL_UNIQUE).
 */
export function carryAnswers(state: FlowState, path: PathId): FlowState {
  const onPath = new Set(paths[path].steps.map((s) => s.step))
  const emailTaken = state.completed.includes('activate-email')
  const answers: Answers = {}
  const completed: StepId[] = []
  for (const id of shared) {
    const value = state.answers[id]
    if (value === undefined || !onPath.has(id)) continue
    if (id === 'account' && emailTaken) continue
    Object.assign(answers, { [id]: value })
    if (state.completed.includes(id)) completed.push(id)
  }
  const fresh = { ...start(path, state.ruleSetId), answers, completed }
  // A carried answer counts as done only where the new path's guards let it pass (an individual subject
  // cannot reuse an account: REUSE_OA_TYPES); it stays filled in for the user to change.
  const passing = completed.filter((id) => {
    const findings = evaluateGuards(
      steps[id],
      { ...fresh, current: id },
      answers[id],
      ruleSets[state.ruleSetId],
    )
    return !findings.some((f) => f.severity === 'block')
  })
  const carried = { ...fresh, completed: passing }
  return { ...carried, current: firstIncomplete(carried) }
}
