import type { z } from 'zod'
import { monthOf } from '../../domain'
import { nowIso } from '../../platform/clock'
import type { LedgerDatabase } from './db'
import { claimEmail } from './email-rows'
import { compact, newRecordId, type Draft } from './stamp'
import { recordSchemas, uniqueFields, type RecordOf, type TableName } from './tables'

export type SaveFailure =
  /** The record changed (or was deleted) since it was read: `current` is what is stored now. */
  | { ok: false; reason: 'conflict'; current: unknown }
  /** Another record already has this value of a unique field. */
  | { ok: false; reason: 'duplicate'; field: string }
  | { ok: false; reason: 'invalid'; issues: readonly z.core.$ZodIssue[] }

export type SaveResult<K extends TableName> = { ok: true; record: RecordOf[K] } | SaveFailure

/** The tables a save of `table` touches in its one transaction. */
export function tablesFor(table: TableName): TableName[] {
  if (table === 'miniPrograms' || table === 'officialAccounts') return [table, 'emails']
  if (table === 'associations') return [table, 'miniPrograms', 'officialAccounts']
  return [table]
}

/** Fields kept for the indexes: an association's month and whether its two ends share a subject. */
async function derive(db: LedgerDatabase, table: TableName, draft: Record<string, unknown>) {
  if (table !== 'associations') return draft
  const linkedOn = String(draft.linkedOn ?? '')
  const [account, miniProgram] = await Promise.all([
    db.officialAccounts.get(String(draft.officialAccountId)),
    db.miniPrograms.get(String(draft.miniProgramId)),
  ])
  const known = account?.subjectId !== undefined && miniProgram?.subjectId !== undefined
  const kind = known ? (account.subjectId === miniProgram.subjectId ? 'same' : 'other') : draft.kind
  return { ...draft, kind, month: /^\d{4}-\d{2}-\d{2}$/.test(linkedOn) ? monthOf(linkedOn) : linkedOn }
}

async function duplicateField(db: LedgerDatabase, table: TableName, record: Record<string, unknown>) {
  for (const fields of uniqueFields[table] ?? []) {
    const values = fields.map((field) => record[field])
    if (values.some((value) => value === undefined)) continue
    const index = fields.length === 1 ? fields[0]! : `[${fields.join('+')}]`
    const key = fields.length === 1 ? values[0] : values
    const holder = (await db
      .table(table)
      .where(index)
      .equals(key as string)
      .first()) as { id: string } | undefined
    if (holder && holder.id !== record.id) return fields.join('+')
  }
  return null
}

/**
 * Adds (`expectedVersion` null) or changes a record, in one transaction. A change is refused when the stored
 * record's version is not `expectedVersion` (someone else saved it meanwhile): nothing is overwritten.
 */
export async function saveRecord<K extends TableName>(
  db: LedgerDatabase,
  table: K,
  draft: Draft<RecordOf[K]>,
  expectedVersion: number | null,
): Promise<SaveResult<K>> {
  return db.transaction('rw', tablesFor(table), async (): Promise<SaveResult<K>> => {
    const existing = draft.id === undefined ? undefined : await db.table(table).get(draft.id)
    const stale = expectedVersion === null ? existing !== undefined : existing?.version !== expectedVersion
    if (stale) return { ok: false, reason: 'conflict', current: existing }
    const now = nowIso()
    const fields = await derive(db, table, compact(draft as Record<string, unknown>))
    const candidate = {
      ...fields,
      id: draft.id ?? newRecordId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      version: (existing?.version ?? 0) + 1,
    }
    const parsed = recordSchemas[table].safeParse(candidate)
    if (!parsed.success) return { ok: false, reason: 'invalid', issues: parsed.error.issues }
    const record = parsed.data as RecordOf[K] & Record<string, unknown>
    const duplicate = await duplicateField(db, table, record)
    if (duplicate) return { ok: false, reason: 'duplicate', field: duplicate }
    if (table === 'miniPrograms' || table === 'officialAccounts') {
      const use = table === 'miniPrograms' ? 'mini-program' : 'official-account'
      if (!(await claimEmail(db, record.id, use, String(record.email)))) {
        return { ok: false, reason: 'duplicate', field: 'email' }
      }
    }
    await db.table(table).put(record)
    return { ok: true, record }
  })
}
