import { writeInProgressIn, type InProgressEntry } from '../../domain/ledger'
import type { LedgerDatabase } from './db'
import { dexieStore } from './save'

export type { InProgressEntry } from '../../domain/ledger'

/**
 * Creates or updates the 进行中 record of a registration, with its subject, account, admin and association.
 * Call inside a transaction on the usage tables (the wizard's bridge does).
 */
export function writeInProgress(db: LedgerDatabase, entry: InProgressEntry): Promise<void> {
  return writeInProgressIn(dexieStore(db), entry)
}
