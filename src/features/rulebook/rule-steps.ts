import { paths, pathIds, steps, type PathId, type RuleId, type StepId } from '../../domain'

export interface EnforcingStep {
  path: PathId
  step: StepId
  /** The step checks the rule before the user may go on (a guard), rather than explaining or recording it. */
  guard: boolean
  /** The step appears only in some situations (its path condition). */
  conditional: boolean
}

/**
 * Which step of which path enforces a rule, read from the flow definition (each step's `rules` and `guards`),
 * in the order of each path.
 */
export function enforcingSteps(id: RuleId): EnforcingStep[] {
  return pathIds.flatMap((path) =>
    paths[path].steps
      .filter(({ step }) => steps[step].rules.includes(id))
      .map(({ step, when }) => ({
        path,
        step,
        guard: steps[step].guards.includes(id),
        conditional: when !== undefined,
      })),
  )
}
