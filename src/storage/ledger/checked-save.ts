import type { LocalDate, RuleSet } from '../../domain'
import {
  checkedSaveIn,
  tablesFor,
  type CheckedSaveResult,
  type Draft,
  type RecordOf,
  type TableName,
} from '../../domain/ledger'
import type { LedgerDatabase } from './db'
import { dexieStore } from './save'
import { usageTables } from './usage-query'

export type { CheckedSaveResult } from '../../domain/ledger'

/**
 * A hand-made save (a ledger form): the quotas the record draws on are counted and checked in the same
 * transaction as the write, as the wizard's writes are, so two tabs cannot both take the last room. The
 * findings that do not block (the last room taken) come back with the saved record.
 */
export function saveCheckedRecord<K extends TableName>(
  db: LedgerDatabase,
  table: K,
  draft: Draft<RecordOf[K]>,
  expectedVersion: number | null,
  rules: { ruleSet: RuleSet; today: LocalDate },
): Promise<CheckedSaveResult<K>> {
  const tables = [...new Set([...tablesFor(table), ...usageTables])]
  return db.transaction(
    'rw',
    tables,
    async () => await checkedSaveIn(dexieStore(db), table, draft, expectedVersion, rules),
  )
}
