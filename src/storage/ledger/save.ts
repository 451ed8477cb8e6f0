import {
  saveRecordIn,
  tablesFor,
  type Draft,
  type LedgerStore,
  type RecordOf,
  type TableName,
} from '../../domain/ledger'
import { nowIso } from '../../platform/clock'
import type { LedgerDatabase } from './db'
import { newRecordId } from './stamp'
import { dexieReader } from './usage'

export { tablesFor, type SaveFailure, type SaveResult } from '../../domain/ledger'

/** The browser ledger as the domain's `LedgerStore`; use it inside a Dexie transaction. */
export function dexieStore(db: LedgerDatabase): LedgerStore {
  return {
    ...dexieReader(db),
    put: async (table, record) => {
      await db.table(table).put(record)
    },
    remove: (table, id) => db.table(table).delete(id),
    now: nowIso,
    newId: newRecordId,
  }
}

/**
 * Adds (`expectedVersion` null) or changes a record, in one transaction. A change is refused when the stored
 * record's version is not `expectedVersion` (someone else saved it meanwhile): nothing is overwritten.
 */
export function saveRecord<K extends TableName>(
  db: LedgerDatabase,
  table: K,
  draft: Draft<RecordOf[K]>,
  expectedVersion: number | null,
) {
  // An async scope function (not one returning the domain's promise): Dexie then keeps the transaction open
  // across the native awaits inside the domain's code.
  return db.transaction(
    'rw',
    tablesFor(table),
    async () => await saveRecordIn(dexieStore(db), table, draft, expectedVersion),
  )
}
