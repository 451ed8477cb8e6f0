import type { TableName } from './tables'
import type { LedgerReader } from './usage'
import type { LedgerStore } from './write'

export type DeleteResult =
  | { ok: true }
  /** Changed or already deleted since it was read. */
  | { ok: false; reason: 'conflict' }
  /** Other records still point at it: `count` records of `by`. */
  | { ok: false; reason: 'in-use'; by: TableName; count: number }

/** Who points at a record of each table, by which field: deleting it is refused while any does. */
const referencedBy: Partial<Record<TableName, readonly [TableName, string][]>> = {
  clients: [['subjects', 'clientId']],
  subjects: [
    ['miniPrograms', 'subjectId'],
    ['officialAccounts', 'subjectId'],
  ],
  admins: [['miniPrograms', 'adminId']],
}

/** What goes with a record when it is deleted: its associations, its email and its fees. */
const cascades: Partial<Record<TableName, readonly [TableName, string][]>> = {
  miniPrograms: [
    ['associations', 'miniProgramId'],
    ['emails', 'ownerId'],
    ['fees', 'miniProgramId'],
  ],
  officialAccounts: [
    ['associations', 'officialAccountId'],
    ['emails', 'ownerId'],
    ['fees', 'officialAccountId'],
  ],
}

/** The tables a deletion of `table` reads and writes. */
export function deletionTables(table: TableName): TableName[] {
  const involved = [table, ...[...(referencedBy[table] ?? []), ...(cascades[table] ?? [])].map(([t]) => t)]
  return [...new Set(involved)]
}

/** The records `deleteRecordIn` would remove with this one, table by table (for the confirmation). */
export async function deletionImpact(reader: LedgerReader, table: TableName, id: string) {
  const impact: Partial<Record<TableName, number>> = {}
  for (const [other, field] of cascades[table] ?? []) {
    impact[other] = (await reader.find(other, { [field]: id })).length
  }
  return impact
}

/** Deletes a record at `expectedVersion`, with what goes with it. Run inside a transaction on `deletionTables`. */
export async function deleteRecordIn(
  store: LedgerStore,
  table: TableName,
  id: string,
  expectedVersion: number,
): Promise<DeleteResult> {
  const existing = await store.get(table, id)
  if (existing?.version !== expectedVersion) return { ok: false, reason: 'conflict' }
  const owned = existing as { ownerId?: string; use?: string }
  if (table === 'emails' && owned.ownerId !== undefined) {
    const by = owned.use === 'official-account' ? 'officialAccounts' : 'miniPrograms'
    return { ok: false, reason: 'in-use', by, count: 1 }
  }
  for (const [other, field] of referencedBy[table] ?? []) {
    const count = (await store.find(other, { [field]: id })).length
    if (count > 0) return { ok: false, reason: 'in-use', by: other, count }
  }
  for (const [other, field] of cascades[table] ?? []) {
    for (const record of await store.find(other, { [field]: id })) await store.remove(other, record.id)
  }
  await store.remove(table, id)
  return { ok: true }
}
