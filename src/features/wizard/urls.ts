import type { StepId } from '../../domain'

export function stepUrl(caseId: string, step: StepId): string {
  return `/register/${caseId}/${step}`
}
