import type { Meta } from '../../domain/ledger'
import { nowIso } from '../../platform/clock'

export type { Draft, Meta } from '../../domain/ledger'

export function newRecordId(): string {
  return crypto.randomUUID()
}

/** A new record: a fresh id unless one is given, both timestamps now, version 1. */
export function created<T extends object>(fields: T & { id?: string }): T & Meta {
  const now = nowIso()
  return { ...fields, id: fields.id ?? newRecordId(), createdAt: now, updatedAt: now, version: 1 }
}

/** The next version of a stored record with `changes` applied. */
export function updated<T extends Meta>(record: T, changes: Partial<T>): T {
  return { ...record, ...changes, updatedAt: nowIso(), version: record.version + 1 }
}
