import {
  deleteRecordIn,
  deletionImpact as impactOf,
  deletionTables,
  type TableName,
} from '../../domain/ledger'
import type { LedgerDatabase } from './db'
import { dexieStore } from './save'
import { dexieReader } from './usage'

export type { DeleteResult } from '../../domain/ledger'

/** The records `deleteRecord` would remove with this one, table by table (for the confirmation). */
export function deletionImpact(db: LedgerDatabase, table: TableName, id: string) {
  return impactOf(dexieReader(db), table, id)
}

/** Deletes a record at `expectedVersion`, with what goes with it, in one transaction. */
export function deleteRecord(db: LedgerDatabase, table: TableName, id: string, expectedVersion: number) {
  return db.transaction(
    'rw',
    deletionTables(table),
    async () => await deleteRecordIn(dexieStore(db), table, id, expectedVersion),
  )
}
