// TEST SUPPORT ONLY: sample ledger records shared by the browser's and the team server's tests.
import type { RecordOf } from './tables'
import type { Draft } from './write'

/** A registered standalone mini program with this email; `extra` sets or overrides fields. */
export function miniProgramDraft(email: string, extra: Partial<Draft<RecordOf['miniPrograms']>> = {}) {
  return {
    path: 'standalone',
    status: 'registered',
    certStatus: 'none',
    createdOn: '2025-03-01',
    email,
    waitingOn: [],
    ...extra,
  } satisfies Draft<RecordOf['miniPrograms']>
}
