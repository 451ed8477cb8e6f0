import type { PathId, RuleSetId, StepId } from '../domain'

/**
 * A registration another page asks the wizard to start with answers already filled in (批量规划's 在向导中开始):
 * handed over in memory, never stored, taken by /register/new?from=plan. The drafts hold what a user could
 * have typed, with an admin only masked and hashed (as one picked from the ledger), never a full number.
 */
export interface WizardHandoff {
  path: PathId
  ruleSetId: RuleSetId
  /** What the wizard's start page says this is (e.g. 第 5 行：示例预约助手). */
  label: string
  drafts: Partial<Record<StepId, Record<string, unknown>>>
  /** Told the new registration's id once it exists. */
  started?: (caseId: string) => void
}

let pending: WizardHandoff | null = null

export function handToWizard(handoff: WizardHandoff): void {
  pending = handoff
}

/** The registration waiting to be started, if any (still there until `clearWizardHandoff`). */
export function wizardHandoff(): WizardHandoff | null {
  return pending
}

export function clearWizardHandoff(): void {
  pending = null
}
