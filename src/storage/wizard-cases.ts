import { z } from 'zod'
import { pathIds, ruleSetIds, stepIds, type FlowState, type StepId } from '../domain'
import { isQuotaExceeded } from './storage-problem'

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

/** Where version 1 kept every registration, in one value; read once and split (`loadWizardCases`). */
export const wizardStorageName = 'mp-wizard.cases'
/** Each registration's own key is `<wizardCaseBase>.<id>` (demo mode suffixes the base: `….case.demo.<id>`). */
export const wizardCaseBase = 'mp-wizard.case'
export const wizardStorageVersion = 2

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
 * Version 1: every registration in one value under `wizardStorageName` (`{ state: { cases }, version: 1 }`).
 * Anything unreadable returns `null` (the caller keeps it aside).
 */
export function migrateWizardData(stored: unknown, version: number): WizardData | null {
  if (version !== 1) return null
  const parsed = dataSchema.safeParse(stored)
  if (!parsed.success) return null
  for (const [id, item] of Object.entries(parsed.data.cases)) if (item.id !== id) return null
  return parsed.data as WizardData
}

/** One registration as stored under its own key: the registration and how many times it was saved. */
export interface StoredCase {
  item: RegistrationCase
  revision: number
}

const storedCaseSchema = z.object({
  version: z.literal(wizardStorageVersion),
  revision: z.number().int().nonnegative(),
  case: caseSchema,
})

/** Why a stored value could not be read: not JSON or not a registration, or saved by a newer version. */
export type UnreadableCase = { reason: 'corrupt' | 'unknown-version' }

/** Reads one stored value (`null`: there is none). Never throws. */
export function parseStoredCase(raw: string | null, id: string): StoredCase | UnreadableCase | null {
  if (raw === null) return null
  const value = parseJson(raw)
  if (value === null) return { reason: 'corrupt' }
  const version = (value as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > wizardStorageVersion) return { reason: 'unknown-version' }
  const parsed = storedCaseSchema.safeParse(value)
  if (!parsed.success || parsed.data.case.id !== id) return { reason: 'corrupt' }
  return { item: parsed.data.case as RegistrationCase, revision: parsed.data.revision }
}

/** The key prefix of one mode's registrations: `<base>.` (`base` is `wizardCaseBase`, suffixed in demo mode). */
export function caseKeyPrefix(base: string): string {
  return `${base}.`
}

/** The id a key holds a registration of, or `null` for any other key (a backup, the other mode's, another store's). */
export function caseIdOfKey(key: string, base: string): string | null {
  const prefix = caseKeyPrefix(base)
  if (!key.startsWith(prefix)) return null
  const id = key.slice(prefix.length)
  return /^[A-Za-z0-9_-]+$/.test(id) && id !== 'demo' ? id : null
}

export function caseKey(base: string, id: string): string {
  return `${caseKeyPrefix(base)}${id}`
}

/** Moves an unreadable value aside, under `<key>.backup-<time>`, so it is neither lost nor read again. */
function setAside(storage: Storage, key: string, raw: string, now: number): string {
  const backupKey = `${key}.backup-${now}`
  try {
    storage.setItem(backupKey, raw)
    storage.removeItem(key)
  } catch {
    // Storage full: the raw value stays where it is; it is read (and reported) again next time.
  }
  return backupKey
}

/** What `loadWizardCases` found: the registrations with their revisions, and what it had to set aside. */
export interface LoadedCases {
  cases: Record<string, RegistrationCase>
  revisions: Record<string, number>
  problems: { kind: 'corrupt' | 'unknown-version'; backupKey: string }[]
}

/**
 * Every registration of one mode, each from its own key. Version 1's single value (under `legacyName`) is split
 * into those keys once, then removed. Unreadable values are set aside and reported; the rest load.
 */
export function loadWizardCases(
  storage: Storage,
  base: string,
  legacyName: string,
  now: number,
): LoadedCases {
  const loaded: LoadedCases = { cases: {}, revisions: {}, problems: [] }
  for (const key of Object.keys(storage)) {
    const id = caseIdOfKey(key, base)
    if (id === null) continue
    const raw = storage.getItem(key)
    const found = parseStoredCase(raw, id)
    if (found === null) continue
    if ('reason' in found) {
      loaded.problems.push({ kind: found.reason, backupKey: setAside(storage, key, raw!, now) })
      continue
    }
    loaded.cases[id] = found.item
    loaded.revisions[id] = found.revision
  }
  const legacy = storage.getItem(legacyName)
  if (legacy !== null) splitLegacy(storage, base, legacyName, legacy, now, loaded)
  return loaded
}

/** Version 1's single value: each registration not already kept under its own key moves there; then it goes. */
function splitLegacy(
  storage: Storage,
  base: string,
  legacyName: string,
  raw: string,
  now: number,
  loaded: LoadedCases,
): void {
  const envelope = parseJson(raw) as { state?: unknown; version?: unknown } | null
  const version = typeof envelope?.version === 'number' ? envelope.version : -1
  const data = envelope && typeof envelope === 'object' ? migrateWizardData(envelope.state, version) : null
  if (data === null) {
    const kind = version > 1 ? 'unknown-version' : 'corrupt'
    loaded.problems.push({ kind, backupKey: setAside(storage, legacyName, raw, now) })
    return
  }
  const moved = data.cases
  try {
    for (const item of Object.values(moved)) {
      if (Object.hasOwn(loaded.cases, item.id)) continue
      storage.setItem(caseKey(base, item.id), serialiseCase(item, 1))
      loaded.cases[item.id] = item
      loaded.revisions[item.id] = 1
    }
    storage.removeItem(legacyName)
  } catch {
    // Storage full halfway: the old value stays, and is split again next time (what moved is kept).
    for (const item of Object.values(moved)) {
      if (!Object.hasOwn(loaded.cases, item.id)) {
        loaded.cases[item.id] = item
        loaded.revisions[item.id] = 0
      }
    }
  }
}

/** JSON, or `null` for anything that is not (reported by the caller as unreadable). */
function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return null
  }
}

function serialiseCase(item: RegistrationCase, revision: number): string {
  return JSON.stringify({ version: wizardStorageVersion, revision, case: item })
}

/** What became of a save: the new revision, or why nothing was written. */
export type SaveCaseResult = { ok: true; revision: number } | { ok: false; reason: 'conflict' | 'full' }

/**
 * Saves one registration if what is stored is still the revision this page last read or wrote (`known`; 0 for
 * none). Another tab's later save is never overwritten: the result is `conflict` and nothing is written.
 */
export function saveWizardCase(
  storage: Storage,
  base: string,
  item: RegistrationCase,
  known: number,
): SaveCaseResult {
  const key = caseKey(base, item.id)
  const stored = parseStoredCase(storage.getItem(key), item.id)
  // Nothing there (deleted elsewhere) or nothing readable: written as it is here, which overwrites nobody's work.
  if (stored !== null && 'revision' in stored && stored.revision !== known)
    return { ok: false, reason: 'conflict' }
  try {
    storage.setItem(key, serialiseCase(item, known + 1))
  } catch (error) {
    if (isQuotaExceeded(error)) return { ok: false, reason: 'full' }
    throw error
  }
  return { ok: true, revision: known + 1 }
}

/**
 * One registration as the wizard last saved it, read without its store (the flow map shows where it stands):
 * `null` when there is none, or when what is stored cannot be read (the wizard sets that aside itself). Never
 * writes. `base`: the mode's key base (`storageName(wizardCaseBase)`).
 */
export function readWizardCase(
  id: string,
  storage: Pick<Storage, 'getItem'> = localStorage,
  base: string = wizardCaseBase,
): RegistrationCase | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null
  let raw: string | null
  try {
    raw = storage.getItem(caseKey(base, id))
  } catch {
    return null
  }
  const found = parseStoredCase(raw, id)
  return found && 'item' in found ? found.item : null
}
