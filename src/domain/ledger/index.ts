// 台账: the ledger's records, their schemas and tables, and how quota usage is counted from them. Shared by the
// browser's ledger (Dexie) and the team server (PostgreSQL): one definition of a record, one way to count.
import '../zod-mode'
export * from './records'
export * from './tables'
export * from './usage'
export * from './write'
export * from './refusal'
export * from './email'
export * from './in-progress'
export * from './delete'
export * from './registration'
export * from './commands'
export * from './move-in'
