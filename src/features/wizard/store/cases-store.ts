import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { start, type FlowState, type PathId, type RuleSetId, type StepId } from '../../../domain'
import { nowIso } from '../../../platform/clock'
import { safeJsonStorage, type StorageProblem } from '../../../storage/safe-json-storage'
import {
  migrateWizardData,
  wizardStorageName,
  wizardStorageVersion,
  type RegistrationCase,
  type WizardData,
} from '../../../storage/wizard-cases'

interface CasesState extends WizardData {
  /** A problem found reading saved registrations at start-up: shown once, never saved. */
  problem: StorageProblem | null
  createCase: (path: PathId, ruleSetId: RuleSetId, clientId?: string) => string
  /** Store the machine's new state for a case (and drop the step's draft when `clearDraftOf` is given). */
  saveFlow: (id: string, flow: FlowState, clearDraftOf?: StepId) => void
  saveDraft: (id: string, step: StepId, values: Record<string, unknown>) => void
  deleteCase: (id: string) => void
  dismissProblem: () => void
}

function newId(): string {
  return crypto.randomUUID()
}

/**
 * An admin draft without typed ID card and mobile numbers. An admin picked from the ledger (its keyed hashes
 * given) has only masked numbers, which stay, so the pick is still there when the user comes back.
 */
function withoutNumbers(values: Record<string, unknown>): Record<string, unknown> {
  if (typeof values.idCardHash === 'string' && values.idCardHash !== '') return values
  const {
    idCardNumber: _idCard,
    mobile: _mobile,
    idCardHash: _hash,
    mobileHash: _mobileHash,
    ...rest
  } = values
  return rest
}

function touch(item: RegistrationCase, changes: Partial<RegistrationCase>): RegistrationCase {
  return { ...item, ...changes, updatedAt: nowIso() }
}

export const useCasesStore = create<CasesState>()(
  persist(
    (set) => ({
      cases: {},
      problem: null,
      createCase(path, ruleSetId, clientId) {
        const id = newId()
        const now = nowIso()
        const item: RegistrationCase = {
          id,
          flow: start(path, ruleSetId),
          drafts: {},
          ...(clientId ? { clientId } : {}),
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
          if (clearDraftOf) delete drafts[clearDraftOf]
          return { cases: { ...s.cases, [id]: touch(item, { flow, drafts }) } }
        })
      },
      saveDraft(id, step, values) {
        set((s) => {
          const item = s.cases[id]
          if (!item) return s
          // Once the admin step is done its numbers are kept only masked: a draft of a change keeps them not at all.
          const kept =
            step === 'admin' && item.flow.completed.includes('admin') ? withoutNumbers(values) : values
          return { cases: { ...s.cases, [id]: touch(item, { drafts: { ...item.drafts, [step]: kept } }) } }
        })
      },
      deleteCase(id) {
        set((s) => {
          const cases = { ...s.cases }
          delete cases[id]
          return { cases }
        })
      },
      dismissProblem() {
        set({ problem: null })
      },
    }),
    {
      name: wizardStorageName,
      version: wizardStorageVersion,
      storage: safeJsonStorage<WizardData>({
        version: wizardStorageVersion,
        migrate: migrateWizardData,
        onProblem: (problem) => {
          // Reported after the store exists: rehydration runs inside create().
          queueMicrotask(() => useCasesStore.setState({ problem }))
        },
      }),
      partialize: (s): WizardData => ({ cases: s.cases }),
    },
  ),
)

// Another tab saved: read it back, so two tabs on the same registration never overwrite each other's steps.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === wizardStorageName) void useCasesStore.persist.rehydrate()
  })
}
