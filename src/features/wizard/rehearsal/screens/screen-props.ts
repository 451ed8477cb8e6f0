import type { PathId, RuleSet, StepId } from '../../../../domain'

/** What every look-alike is drawn from: the step and path it stands beside, and the active rule set. */
export interface ScreenProps {
  step: StepId
  path: PathId
  ruleSet: RuleSet
}
