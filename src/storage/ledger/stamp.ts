import { nowIso } from '../../platform/clock'

export function newRecordId(): string {
  return crypto.randomUUID()
}

export interface Meta {
  id: string
  createdAt: string
  updatedAt: string
  version: number
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

/** Drops keys whose value is undefined or '', so optional fields stay absent (unique indexes skip them). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T
}

/** What a caller gives for a new or changed record: everything but the bookkeeping. */
export type Draft<T extends Meta> = Omit<T, keyof Meta> & { id?: string }
