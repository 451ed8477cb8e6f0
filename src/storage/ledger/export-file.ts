import { z } from 'zod'
import { identityKeyText } from '../../platform/identity-hash'
import { nowIso } from '../../platform/clock'
import type { LedgerDatabase } from './db'
import { ledgerSchemaVersion } from './migrations'
import { tableNames, type LedgerData } from '../../domain/ledger'

/** Names the file as ours, so a stray JSON file is refused before its records are read. */
export const ledgerFileFormat = 'mp-wizard-ledger'
export const lastBackupKey = 'lastBackupAt'

/** A whole ledger as a file: the schema version its records follow, and the identity key when ticked. */
export interface LedgerFile {
  format: typeof ledgerFileFormat
  version: number
  exportedAt: string
  /** The browser's identity key (base64): only when the user ticks it, so identities can be matched. */
  identityKey?: string
  tables: LedgerData
}

export const ledgerFileHeaderSchema = z.object({
  format: z.literal(ledgerFileFormat),
  version: z.number().int(),
  exportedAt: z.string(),
  identityKey: z.string().optional(),
  tables: z.record(z.string(), z.unknown()),
})

/** Every record, read in one transaction so the file is one consistent moment of the ledger. */
export async function readAll(db: LedgerDatabase): Promise<LedgerData> {
  return db.transaction('r', [...tableNames], async () => {
    const entries = await Promise.all(tableNames.map(async (name) => [name, await db.table(name).toArray()]))
    return Object.fromEntries(entries) as LedgerData
  })
}

/** The ledger as a versioned JSON file; remembers the moment as the last backup. */
export async function exportLedger(
  db: LedgerDatabase,
  options: { includeKey: boolean; storage?: Storage },
): Promise<string> {
  const file: LedgerFile = {
    format: ledgerFileFormat,
    version: ledgerSchemaVersion,
    exportedAt: nowIso(),
    ...(options.includeKey ? { identityKey: identityKeyText(options.storage) } : {}),
    tables: await readAll(db),
  }
  await db.meta.put({ key: lastBackupKey, value: file.exportedAt })
  return JSON.stringify(file, null, 1)
}

/** When the ledger was last exported (ISO), if ever. */
export async function lastBackupAt(db: LedgerDatabase): Promise<string | undefined> {
  return (await db.meta.get(lastBackupKey))?.value
}
