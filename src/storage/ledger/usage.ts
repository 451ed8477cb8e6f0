import { monthOf, type LocalDate, type OfficialAccountUsage } from '../../domain'
import type { LedgerDatabase } from './db'
import type { MiniProgram } from './records'

// Usage counts for checkQuotas, each from an index: the cost grows with the number of matching records
// (bounded by the quotas themselves), not with the size of the ledger.

/** Counts mini programs whose `field` is one of `ids`, leaving out `except` (the registration asking). */
async function countMiniPrograms(
  db: LedgerDatabase,
  field: 'adminId' | 'subjectId',
  ids: readonly string[],
  except?: MiniProgram,
): Promise<number> {
  if (ids.length === 0) return 0
  // A registration the platform failed made no mini program: it counts against nothing.
  const count = await db.miniPrograms
    .where(field)
    .anyOf(ids)
    .filter((mp) => mp.status !== 'failed')
    .count()
  const own = except?.status === 'failed' ? undefined : except?.[field]
  return own !== undefined && ids.includes(own) ? count - 1 : count
}

/** Mini programs bound to an admin ID card (by keyed hash). ID_CARD_LIMIT */
export async function idCardMiniPrograms(db: LedgerDatabase, hash: string, except?: MiniProgram) {
  const admins = await db.admins.where('idCardHash').equals(hash).primaryKeys()
  return countMiniPrograms(db, 'adminId', admins, except)
}

/** Mini programs registered with an admin mobile (by keyed hash). PHONE_LIMIT */
export async function phoneMiniPrograms(db: LedgerDatabase, hash: string, except?: MiniProgram) {
  const admins = await db.admins.where('mobileHash').equals(hash).primaryKeys()
  return countMiniPrograms(db, 'adminId', admins, except)
}

/** Mini programs of the subjects with this id. SUBJECT_TOTAL */
export async function subjectMiniPrograms(
  db: LedgerDatabase,
  subjectIds: readonly string[],
  except?: MiniProgram,
) {
  return countMiniPrograms(db, 'subjectId', subjectIds, except)
}

/** The subjects a credit code (or, for an individual without one, a name) names. */
export async function findSubjectIds(db: LedgerDatabase, creditCode?: string, name?: string) {
  if (creditCode) return db.subjects.where('creditCode').equals(creditCode.trim().toUpperCase()).primaryKeys()
  if (name) return db.subjects.where('name').equals(name.trim()).primaryKeys()
  return []
}

/** What an official account already has, counted from its associations. */
export async function officialAccountUsage(
  db: LedgerDatabase,
  accountId: string,
  today: LocalDate,
  except?: MiniProgram,
): Promise<OfficialAccountUsage | undefined> {
  const account = await db.officialAccounts.get(accountId)
  if (!account) return undefined
  const subject = await db.subjects.get(account.subjectId)
  if (!subject) return undefined
  const byKind = (kind: 'same' | 'other') =>
    db.associations.where('[officialAccountId+kind]').equals([accountId, kind]).count()
  const [same, other, thisMonth, pending] = await Promise.all([
    byKind('same'),
    byKind('other'),
    // At most a month's worth of associations: bounded by OA_LINK_MONTHLY and FAST_REG_MONTHLY.
    db.associations
      .where('[officialAccountId+month]')
      .equals([accountId, monthOf(today)])
      .toArray(),
    db.miniPrograms.where('[viaAccountId+status]').equals([accountId, 'in-progress']).primaryKeys(),
  ])
  const links = thisMonth.filter((link) => link.miniProgramId !== except?.id)
  // The asking registration's own association (made when it entered the ledger) is not "already used".
  const mine = except
    ? await db.associations
        .where('[officialAccountId+miniProgramId]')
        .equals([accountId, except.id])
        .toArray()
    : []
  const fast = links.filter((link) => link.byFastRegistration)
  const fastPrograms = await db.miniPrograms.bulkGet(fast.map((link) => link.miniProgramId))
  const newLinks = links.filter((link) => !link.byFastRegistration)
  return {
    subjectType: subject.type,
    sameSubjectLinks: same - mine.filter((link) => link.kind === 'same').length,
    otherSubjectLinks: other - mine.filter((link) => link.kind === 'other').length,
    monthNewLinks: {
      sameSubject: newLinks.filter((link) => link.kind === 'same').length,
      otherSubject: newLinks.filter((link) => link.kind === 'other').length,
    },
    // rule: FAST_REG_MONTHLY — only successful fast registrations count
    monthFastRegistrations: fastPrograms.filter((mp) => mp?.status === 'registered').length,
    // rule: FAST_REG_ONE_AT_A_TIME
    fastRegistrationPending: pending.some((id) => id !== except?.id),
    email: account.email,
  }
}
