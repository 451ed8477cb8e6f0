import { emailKey } from '../../domain/ledger'
import type { LedgerDatabase } from './db'

export { emailKey }

/** Frees every email row owned by `ownerId`. */
export async function releaseEmails(db: LedgerDatabase, ownerId: string): Promise<void> {
  await db.emails.where('ownerId').equals(ownerId).delete()
}
