import { create } from 'zustand'
import {
  restartWithNewEmail,
  splitDraft,
  start,
  type FlowState,
  type LocalDate,
  type PathId,
  type RuleSetId,
  type StepId,
} from '../../../domain'
import { nowIso } from '../../../platform/clock'
import { storageName } from '../../../platform/demo-mode'
import type { StorageProblem } from '../../../storage/storage-problem'
import {
  caseIdOfKey,
  caseKey,
  loadWizardCases,
  parseStoredCase,
  saveWizardCase,
  wizardCaseBase,
  wizardStorageName,
  type RegistrationCase,
  type WizardData,
} from '../../../storage/wizard-cases'

/** Per registration, per step: draft values that must not be stored (`splitDraft`), kept in memory only. */
type MemoryDrafts = Record<string, Partial<Record<StepId, Record<string, unknown>>>>

/** What became of 用新邮箱重新注册: the new registration, or why there is none. */
export type RestartOutcome =
  { ok: true; id: string; flow: FlowState; adminKept: boolean } | { ok: false; reason: 'not-restartable' }

/**
 * Another tab saved a registration this page shows: `updated` (taken in here; the page says so), or `conflict`
 * (this page's change came after it and was not saved, so as not to overwrite it).
 */
export type OtherTab = { caseId: string; kind: 'updated' | 'conflict' }

interface CasesState extends WizardData {
  /** A problem found reading saved registrations at start-up: shown once, never saved. */
  problem: StorageProblem | null
  otherTab: OtherTab | null
  /** How many times a registration was taken in again after a conflict: its step page starts afresh. */
  reloaded: number
  /** Never persisted: gone on reload or when the tab closes. */
  memoryDrafts: MemoryDrafts
  createCase: (path: PathId, ruleSetId: RuleSetId, clientId?: string, scenarioId?: string) => string
  /** Store the machine's new state for a case (and drop the step's draft when `clearDraftOf` is given). */
  saveFlow: (id: string, flow: FlowState, clearDraftOf?: StepId) => void
  saveDraft: (id: string, step: StepId, values: Record<string, unknown>) => void
  /**
   * 用新邮箱重新注册 (`restartWithNewEmail`): a new registration beside `id`, which stays as it is in the list.
   * The carried admin comes as the admin step's draft, masked with its hashes like one picked from the ledger.
   */
  restartCase: (id: string, today: LocalDate) => RestartOutcome
  deleteCase: (id: string) => void
  dismissProblem: () => void
  /** Takes in what another tab saved of a registration (after a conflict: drops this page's unsaved change). */
  reloadCase: (id: string) => void
  dismissOtherTab: () => void
}

function newId(): string {
  return crypto.randomUUID()
}

function touch(item: RegistrationCase, changes: Partial<RegistrationCase>): RegistrationCase {
  return { ...item, ...changes, updatedAt: nowIso() }
}

const base = () => storageName(wizardCaseBase)

/** The revision of each registration this page last read or wrote: a save on top of another is refused. */
const revisions = new Map<string, number>()

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** Every registration saved in this mode, each from its own key; what could not be read is set aside. */
function loadInitial(): Pick<CasesState, 'cases' | 'problem'> {
  const storage = browserStorage()
  if (!storage) return { cases: {}, problem: null }
  const loaded = loadWizardCases(storage, base(), storageName(wizardStorageName), Date.now())
  for (const [id, revision] of Object.entries(loaded.revisions)) revisions.set(id, revision)
  return { cases: loaded.cases, problem: loaded.problems[0] ?? null }
}

export const useCasesStore = create<CasesState>()((set, get) => ({
  ...loadInitial(),
  otherTab: null,
  reloaded: 0,
  memoryDrafts: {},
  createCase(path, ruleSetId, clientId, scenarioId) {
    const id = newId()
    const now = nowIso()
    const item: RegistrationCase = {
      id,
      flow: start(path, ruleSetId),
      drafts: {},
      ...(clientId ? { clientId } : {}),
      ...(scenarioId ? { scenarioId } : {}),
      createdAt: now,
      updatedAt: now,
    }
    set((s) => ({ cases: { ...s.cases, [id]: item } }))
    return id
  },
  saveFlow(id, flow, clearDraftOf) {
    set((s) => {
      const item = s.cases[id]
      if (!item) return s
      const drafts = { ...item.drafts }
      const memory = { ...s.memoryDrafts[id] }
      if (clearDraftOf) {
        delete drafts[clearDraftOf]
        delete memory[clearDraftOf]
      }
      return {
        cases: { ...s.cases, [id]: touch(item, { flow, drafts }) },
        memoryDrafts: { ...s.memoryDrafts, [id]: memory },
      }
    })
  },
  saveDraft(id, step, values) {
    set((s) => {
      const item = s.cases[id]
      if (!item) return s
      // Full ID card and mobile numbers never reach storage, not even in a draft: memory until the step is done.
      const { stored, memoryOnly } = splitDraft(step, values)
      return {
        cases: { ...s.cases, [id]: touch(item, { drafts: { ...item.drafts, [step]: stored } }) },
        memoryDrafts: { ...s.memoryDrafts, [id]: { ...s.memoryDrafts[id], [step]: memoryOnly } },
      }
    })
  },
  restartCase(id, today) {
    const from = get().cases[id]
    const restart = from ? restartWithNewEmail(from.flow, today) : null
    if (!from || !restart?.ok) return { ok: false, reason: 'not-restartable' }
    const admin = restart.state.answers.admin
    const now = nowIso()
    const item: RegistrationCase = {
      id: newId(),
      flow: restart.state,
      // Masked numbers and hashes only: splitDraft keeps nothing in full (there is nothing in full here).
      drafts: admin ? { admin: splitDraft('admin', { ...admin }).stored } : {},
      ...(from.clientId ? { clientId: from.clientId } : {}),
      createdAt: now,
      updatedAt: now,
    }
    set((s) => ({ cases: { ...s.cases, [item.id]: item } }))
    return { ok: true, id: item.id, flow: item.flow, adminKept: restart.adminKept }
  },
  deleteCase(id) {
    set((s) => {
      const cases = { ...s.cases }
      const memoryDrafts = { ...s.memoryDrafts }
      delete cases[id]
      delete memoryDrafts[id]
      return { cases, memoryDrafts }
    })
  },
  dismissProblem() {
    set({ problem: null })
  },
  reloadCase(id) {
    takeFromStorage(id)
    // The step page starts afresh (its form shows what was loaded, not what was typed here).
    set((s) => ({ otherTab: null, reloaded: s.reloaded + 1 }))
  },
  dismissOtherTab() {
    set({ otherTab: null })
  },
}))

/** Set while the store takes in what storage holds: such a change is not saved back. */
let fromStorage = false

/** Replaces a registration in memory by what storage holds of it now (gone there: gone here). */
function takeFromStorage(id: string): boolean {
  const storage = browserStorage()
  const found = parseStoredCase(storage?.getItem(caseKey(base(), id)) ?? null, id)
  if (found !== null && 'reason' in found) return false
  fromStorage = true
  try {
    useCasesStore.setState((s) => {
      const cases = { ...s.cases }
      if (found) {
        cases[id] = found.item
        revisions.set(id, found.revision)
      } else {
        delete cases[id]
        revisions.delete(id)
      }
      return { cases }
    })
  } finally {
    fromStorage = false
  }
  return true
}

// Each registration is saved under its own key when it changes, and only it: saving one of 200 writes one.
useCasesStore.subscribe((state, previous) => {
  if (fromStorage || state.cases === previous.cases) return
  const storage = browserStorage()
  if (!storage) return
  for (const [id, item] of Object.entries(state.cases)) {
    if (previous.cases[id] === item) continue
    const saved = saveWizardCase(storage, base(), item, revisions.get(id) ?? 0)
    if (saved.ok) revisions.set(id, saved.revision)
    else if (saved.reason === 'full') reportFull()
    else queueMicrotask(() => useCasesStore.setState({ otherTab: { caseId: id, kind: 'conflict' } }))
  }
  for (const id of Object.keys(previous.cases)) {
    if (Object.hasOwn(state.cases, id)) continue
    storage.removeItem(caseKey(base(), id))
    revisions.delete(id)
  }
})

/** Storage full: said once (what was saved before is still there; the latest change is not). */
function reportFull() {
  queueMicrotask(() => {
    if (useCasesStore.getState().problem?.kind !== 'full')
      useCasesStore.setState({ problem: { kind: 'full' } })
  })
}

// Another tab saved a registration: take it in, so this page never saves on top of it, and say so.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    const id = event.key === null ? null : caseIdOfKey(event.key, base())
    if (id === null || !takeFromStorage(id)) return
    if (useCasesStore.getState().otherTab?.kind !== 'conflict') {
      useCasesStore.setState({ otherTab: { caseId: id, kind: 'updated' } })
    }
  })
}
