// The ledger is loaded only when the wizard first talks to it, so Dexie stays out of the wizard's own chunk.
export const loadLedger = () => import('../../storage/ledger/wizard-bridge')

export type LedgerBridge = Awaited<ReturnType<typeof loadLedger>>
