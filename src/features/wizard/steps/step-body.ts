import type { FlowState, LocalDate, OutcomeEvent, PathId, RuleSet, StepId } from '../../../domain'
import type { RegistrationCase } from '../../../storage/wizard-cases'
import type { SummaryError } from '../../../ui/form/error-summary'

/** What every step body gets from the step page. */
export interface StepBodyProps {
  /** The step this page shows. */
  step: StepId
  item: RegistrationCase
  flow: FlowState
  ruleSet: RuleSet
  today: LocalDate
  /** 下一步: the machine checks, saves and moves on; problems come back through `reportErrors` or a block. */
  submit: (values: Record<string, unknown>) => Promise<void>
  /** 下一步 on a step already done, its answer kept as saved: the machine says where to go. */
  keep: () => void
  record: (outcome: OutcomeEvent) => void | Promise<void>
  switchPath: (path: PathId) => void
  reportErrors: (errors: SummaryError[]) => void
}

/** The id of a field's input, which the error summary links to. */
export function fieldId(name: string): string {
  return `f-${name}`
}
