import type { IdentityQuery, LocalDate, Usage } from '../../domain'
import { usageFor as countedUsage, type MiniProgram } from '../../domain/ledger'
import type { LedgerDatabase } from './db'
import { dexieReader } from './usage'

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
export function usageFor(
  db: LedgerDatabase,
  query: UsageQuery,
  today: LocalDate,
  except?: MiniProgram,
): Promise<Usage> {
  return countedUsage(dexieReader(db), query, today, except)
}
