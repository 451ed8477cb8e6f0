import { ruleSets } from '../../domain'
import { deletionImpact as impactOf, type DeleteResult, type TableName } from '../../domain/ledger'
import { todayInChina } from '../../platform/clock'
import { runLedgerCommand } from './commands'
import type { LedgerDatabase } from './db'
import { dexieReader } from './usage'

export type { DeleteResult } from '../../domain/ledger'

/** The records `deleteRecord` would remove with this one, table by table (for the confirmation). */
export function deletionImpact(db: LedgerDatabase, table: TableName, id: string) {
  return impactOf(dexieReader(db), table, id)
}

/** Deletes a record at `expectedVersion`, with what goes with it, in one transaction. */
export async function deleteRecord(
  db: LedgerDatabase,
  table: TableName,
  id: string,
  expectedVersion: number,
): Promise<(DeleteResult | { ok: false; reason: 'role' }) & { unconfirmed?: true }> {
  const outcome = await runLedgerCommand(
    db,
    { kind: 'delete', table, recordId: id, expectedVersion },
    { ruleSet: ruleSets.current, today: todayInChina() },
  )
  if (outcome.ok) return outcome.unconfirmed ? { ok: true, unconfirmed: true } : { ok: true }
  if (outcome.reason === 'in-use' && outcome.by) {
    return { ok: false, reason: 'in-use', by: outcome.by, count: outcome.count ?? 1 }
  }
  if (outcome.reason === 'role') return { ok: false, reason: 'role' }
  return { ok: false, reason: 'conflict' }
}
