import type { StepId } from './step-ids'
import { steps } from './steps'

/** A step's draft split in two: what may be stored, and what stays in memory only. */
export interface DraftParts {
  stored: Record<string, unknown>
  memoryOnly: Record<string, unknown>
}

/**
 * What of a step's draft (the values typed, not yet submitted) may be stored: all but its private fields
 * (`StepDef.privateFields`), whose full values stay in memory until the step is done. A private value already
 * in its masked form (an admin picked from the ledger) is stored: it is no longer the full number.
 */
export function splitDraft(step: StepId, values: Record<string, unknown>): DraftParts {
  const parts: DraftParts = { stored: {}, memoryOnly: {} }
  const masks = steps[step].privateFields ?? {}
  for (const [name, value] of Object.entries(values)) {
    const mask = masks[name]
    const hidden = mask !== undefined && typeof value === 'string' && value !== '' && !mask.test(value)
    if (hidden) parts.memoryOnly[name] = value
    else parts.stored[name] = value
  }
  return parts
}
