import { z } from 'zod'
import { pathIds, ruleSetIds, stepIds, type FlowState, type StepId } from '../domain'

/** One registration in progress, as the wizard keeps it. */
export interface RegistrationCase {
  id: string
  flow: FlowState
  /** What was typed on a step and not yet submitted (never the optional password check). */
  drafts: Partial<Record<StepId, Record<string, unknown>>>
  /** The ledger's client the registration is for, when one was chosen at the start. */
  clientId?: string
  /** 演示模式: the scenario this registration plays (a demo store's registrations only). */
  scenarioId?: string
  createdAt: string
  updatedAt: string
}

export interface WizardData {
  cases: Record<string, RegistrationCase>
}

export const wizardStorageName = 'mp-wizard.cases'
export const wizardStorageVersion = 1

const flowSchema = z.object({
  path: z.enum(pathIds),
  ruleSetId: z.enum(ruleSetIds),
  current: z.enum(stepIds),
  answers: z.record(z.string(), z.unknown()),
  completed: z.array(z.enum(stepIds)),
  outcomes: z.record(z.string(), z.unknown()),
  returnToReview: z.boolean(),
  status: z.enum(['active', 'submitted', 'failed']),
})

const caseSchema = z.object({
  id: z.string().min(1),
  flow: flowSchema,
  drafts: z.record(z.string(), z.record(z.string(), z.unknown())),
  clientId: z.string().min(1).optional(),
  scenarioId: z.string().min(1).max(64).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
})

const dataSchema = z.object({ cases: z.record(z.string(), caseSchema) })

/**
 * Reads what was stored under `version`. Version 1 is the first; a later version adds its upgrade step here,
 * from the oldest to the newest. Anything unreadable returns `null` (the caller keeps it aside).
 */
export function migrateWizardData(stored: unknown, version: number): WizardData | null {
  if (version !== wizardStorageVersion) return null
  const parsed = dataSchema.safeParse(stored)
  if (!parsed.success) return null
  for (const [id, item] of Object.entries(parsed.data.cases)) if (item.id !== id) return null
  return parsed.data as WizardData
}

/**
 * One registration as the wizard last saved it, read without its store (the flow map shows where it stands):
 * `null` when there is none, or when what is stored cannot be read (the wizard keeps that aside itself). Never
 * writes. `name`: the wizard's persisted key (a parameter, since demo mode keeps its own).
 */
export function readWizardCase(
  id: string,
  storage: Pick<Storage, 'getItem'> = localStorage,
  name: string = wizardStorageName,
): RegistrationCase | null {
  let raw: string | null
  try {
    raw = storage.getItem(name)
  } catch {
    return null
  }
  if (raw === null) return null
  let envelope: unknown
  try {
    envelope = JSON.parse(raw)
  } catch {
    return null
  }
  if (envelope === null || typeof envelope !== 'object') return null
  const { state, version } = envelope as { state?: unknown; version?: unknown }
  if (typeof version !== 'number') return null
  const data = migrateWizardData(state, version)
  return data && Object.hasOwn(data.cases, id) ? data.cases[id]! : null
}
