import { create } from 'zustand'
import { persist } from 'zustand/middleware'
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
import { safeJsonStorage, type StorageProblem } from '../../../storage/safe-json-storage'
import {
  migrateWizardData,
  wizardStorageName,
  wizardStorageVersion,
  type RegistrationCase,
  type WizardData,
} from '../../../storage/wizard-cases'

/** Per registration, per step: draft values that must not be stored (`splitDraft`), kept in memory only. */
type MemoryDrafts = Record<string, Partial<Record<StepId, Record<string, unknown>>>>

/** What became of 用新邮箱重新注册: the new registration, or why there is none. */
export type RestartOutcome =
  { ok: true; id: string; flow: FlowState; adminKept: boolean } | { ok: false; reason: 'not-restartable' }

interface CasesState extends WizardData {
  /** A problem found reading saved registrations at start-up: shown once, never saved. */
  problem: StorageProblem | null
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
}

function newId(): string {
  return crypto.randomUUID()
}

function touch(item: RegistrationCase, changes: Partial<RegistrationCase>): RegistrationCase {
  return { ...item, ...changes, updatedAt: nowIso() }
}

export const useCasesStore = create<CasesState>()(
  persist(
    (set, get) => ({
      cases: {},
      problem: null,
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
    }),
    {
      name: storageName(wizardStorageName),
      version: wizardStorageVersion,
      storage: safeJsonStorage<WizardData>({
        version: wizardStorageVersion,
        migrate: migrateWizardData,
        onProblem: (problem) => {
          // Reported after the store exists: rehydration runs inside create(). Setting it saves the store again,
          // which fails again while storage is full: the same problem is not reported twice.
          queueMicrotask(() => {
            if (useCasesStore.getState().problem?.kind !== problem.kind) useCasesStore.setState({ problem })
          })
        },
      }),
      partialize: (s): WizardData => ({ cases: s.cases }),
    },
  ),
)

// Another tab saved: read it back, so two tabs on the same registration never overwrite each other's steps.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === storageName(wizardStorageName)) void useCasesStore.persist.rehydrate()
  })
}
