import { adoptIdentityKey, identityKeyText } from '../../platform/identity-hash'
import type { LedgerDatabase } from './db'
import type { LedgerFile } from './export-file'
import { readAll } from './export-file'
import { checkLedgerData } from './import-check'
import { tableNames, type LedgerData, type TableName } from '../../domain/ledger'

export type ImportMode = 'merge' | 'replace'

export interface TableChanges {
  added: number
  changed: number
  unchanged: number
  /** Records that only the ledger has: replace removes them, merge keeps them. */
  removed: number
}

/**
 * What the identity key means for this import: `same` key; `adopt` the file's key (nothing here to
 * mismatch); `differs` from this browser's, and this browser already has admins; `missing` from the file;
 * `none` when the file has no admins at all.
 */
export type KeyNote = 'same' | 'adopt' | 'differs' | 'missing' | 'none'

export interface ImportPreview {
  mode: ImportMode
  changes: Record<TableName, TableChanges>
  keyNote: KeyNote
  /** Problems of the ledger as it would be after the import; nothing is written while there are any. */
  problems: string[]
}

function merged(current: LedgerData, file: LedgerData, mode: ImportMode): LedgerData {
  if (mode === 'replace') return file
  const out = {} as Record<TableName, unknown[]>
  for (const name of tableNames) {
    const byId = new Map<string, unknown>(current[name].map((row) => [row.id, row]))
    for (const row of file[name]) byId.set(row.id, row)
    out[name] = [...byId.values()]
  }
  return out as LedgerData
}

function changesOf(current: LedgerData, file: LedgerData, mode: ImportMode): Record<TableName, TableChanges> {
  const changes = {} as Record<TableName, TableChanges>
  for (const name of tableNames) {
    const before = new Map(current[name].map((row) => [row.id, JSON.stringify(row)]))
    const incoming = new Set(file[name].map((row) => row.id))
    const counts: TableChanges = { added: 0, changed: 0, unchanged: 0, removed: 0 }
    for (const row of file[name]) {
      const old = before.get(row.id)
      if (old === undefined) counts.added += 1
      else if (old === JSON.stringify(row)) counts.unchanged += 1
      else counts.changed += 1
    }
    if (mode === 'replace') counts.removed = [...before.keys()].filter((id) => !incoming.has(id)).length
    changes[name] = counts
  }
  return changes
}

function keyNoteOf(file: LedgerFile, current: LedgerData, mode: ImportMode, storage?: Storage): KeyNote {
  if (file.tables.admins.length === 0) return 'none'
  if (file.identityKey === undefined) return 'missing'
  if (file.identityKey === identityKeyText(storage)) return 'same'
  return mode === 'replace' || current.admins.length === 0 ? 'adopt' : 'differs'
}

async function plan(db: LedgerDatabase, file: LedgerFile, mode: ImportMode, storage?: Storage) {
  const current = await readAll(db)
  return {
    mode,
    changes: changesOf(current, file.tables, mode),
    keyNote: keyNoteOf(file, current, mode, storage),
    problems: checkLedgerData(merged(current, file.tables, mode)),
  }
}

/** What importing `file` would change, and whether it can be done; writes nothing. */
export function previewImport(db: LedgerDatabase, file: LedgerFile, mode: ImportMode, storage?: Storage) {
  return plan(db, file, mode, storage) satisfies Promise<ImportPreview>
}

/**
 * Imports `file` in one transaction: everything or, when any problem is found (checked again inside the
 * transaction, against the ledger as it is now), nothing. Adopts the file's identity key when the preview
 * said `adopt`.
 */
export async function applyImport(
  db: LedgerDatabase,
  file: LedgerFile,
  mode: ImportMode,
  storage?: Storage,
): Promise<ImportPreview> {
  const preview = await db.transaction('rw', [...tableNames], async () => {
    const checked = await plan(db, file, mode, storage)
    if (checked.problems.length > 0) return checked
    for (const name of tableNames) {
      if (mode === 'replace') await db.table(name).clear()
      if (file.tables[name].length > 0) await db.table(name).bulkPut(file.tables[name])
    }
    return checked
  })
  if (preview.problems.length === 0 && preview.keyNote === 'adopt' && file.identityKey) {
    adoptIdentityKey(file.identityKey, storage)
  }
  return preview
}
