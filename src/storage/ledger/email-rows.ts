import type { LedgerDatabase } from './db'
import { created, updated } from './stamp'

export type EmailOwnerUse = 'mini-program' | 'official-account'

/** Emails compare trimmed and case-insensitively, as the quota check does. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase()
}

/**
 * Inside a transaction on `emails`: makes `email` the one email row of `ownerId`. Returns false (and writes
 * nothing) when another owner, or an email noted as used elsewhere, already has it. EMAIL_UNIQUE
 */
export async function claimEmail(
  db: LedgerDatabase,
  ownerId: string,
  use: EmailOwnerUse,
  email: string,
): Promise<boolean> {
  const key = emailKey(email)
  const holder = await db.emails.where('email').equals(key).first()
  if (holder && holder.ownerId !== ownerId) return false
  const own = await db.emails.where('ownerId').equals(ownerId).toArray()
  for (const row of own) if (row.email !== key) await db.emails.delete(row.id)
  if (!holder) await db.emails.add(created({ email: key, use, ownerId }))
  else if (holder.use !== use) await db.emails.put(updated(holder, { use }))
  return true
}

/** Frees every email row owned by `ownerId`. */
export async function releaseEmails(db: LedgerDatabase, ownerId: string): Promise<void> {
  await db.emails.where('ownerId').equals(ownerId).delete()
}
