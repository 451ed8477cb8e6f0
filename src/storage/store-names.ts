// The names this app's stores keep their data under, without the stores themselves (no Dexie, no zustand):
// the header reads them to turn 演示模式 on and off (platform/demo-mode.ts suffixes them in demo mode).

/** The ledger's IndexedDB database. */
export const ledgerDatabaseName = 'mp-wizard-ledger'

/** IndexedDB databases the app keeps: demo mode has a copy of each, removed when it ends. */
export const databaseNames = [ledgerDatabaseName] as const
