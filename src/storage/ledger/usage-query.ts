import type { IdentityQuery, LocalDate, Usage } from '../../domain'
import type { LedgerDatabase } from './db'
import { emailKey } from './email-rows'
import type { MiniProgram } from './records'
import {
  findSubjectIds,
  idCardMiniPrograms,
  officialAccountUsage,
  phoneMiniPrograms,
  subjectMiniPrograms,
} from './usage'

/** The identities a quota check is about (the domain's `IdentityQuery`); each one given is counted. */
export type UsageQuery = IdentityQuery

export const usageTables = [
  'emails',
  'admins',
  'miniPrograms',
  'subjects',
  'officialAccounts',
  'associations',
]

/**
 * What the ledger holds for these identities, leaving out `except` (the registration asking, whose own
 * 进行中 record must not count against it). Call inside a transaction on `usageTables`.
 */
export async function usageFor(
  db: LedgerDatabase,
  query: UsageQuery,
  today: LocalDate,
  except?: MiniProgram,
): Promise<Usage> {
  const usage: Usage = {}
  if (query.email) {
    const row = await db.emails.where('email').equals(emailKey(query.email)).first()
    usage.emailsInUse = row && (except === undefined || row.ownerId !== except.id) ? [row.email] : []
  }
  if (query.idCardHash) usage.idCardMiniPrograms = await idCardMiniPrograms(db, query.idCardHash, except)
  if (query.mobileHash) usage.phoneMiniPrograms = await phoneMiniPrograms(db, query.mobileHash, except)
  if (query.creditCode || query.subjectName) {
    const subjects = await findSubjectIds(db, query.creditCode, query.subjectName)
    usage.subjectMiniPrograms = await subjectMiniPrograms(db, subjects, except)
  }
  if (query.officialAccountEmail) {
    const account = await db.officialAccounts
      .where('email')
      .equals(emailKey(query.officialAccountEmail))
      .first()
    const accountUsage = account && (await officialAccountUsage(db, account.id, today, except))
    if (accountUsage) usage.officialAccount = accountUsage
  }
  return usage
}
