// The ledger is loaded only when the wizard first talks to it, so Dexie stays out of the wizard's own chunk.
// Only ever a dynamic import() of the ledger's public face: a static import of it would pull Dexie in.
export const loadLedger = () => import('../../storage/ledger')

export type LedgerBridge = Awaited<ReturnType<typeof loadLedger>>
