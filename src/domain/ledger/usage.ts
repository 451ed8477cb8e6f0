import { monthOf, type LocalDate } from '../dates'
import type { IdentityQuery } from '../flow/identity-query'
import type { OfficialAccountUsage, Usage } from '../quota/types'
import { emailKey } from './email'
import type { MiniProgram } from './records'
import type { RecordOf, TableName } from './tables'

/**
 * What the quota counts need from a ledger, wherever it is kept: the browser's (Dexie) or a team's (PostgreSQL).
 * `find` answers from an index: `match` names the fields of one index of the table, in the index's order
 * (`{ officialAccountId, month }` for `[officialAccountId+month]`), so the cost grows with the records found,
 * which the quotas themselves bound, never with the size of the ledger.
 */
export interface LedgerReader {
  get<K extends TableName>(table: K, id: string): Promise<RecordOf[K] | undefined>
  find<K extends TableName>(table: K, match: Readonly<Record<string, string>>): Promise<RecordOf[K][]>
}

/** Counts mini programs whose `field` is one of `ids`, leaving out `except` (the registration asking). */
async function countMiniPrograms(
  reader: LedgerReader,
  field: 'adminId' | 'subjectId',
  ids: readonly string[],
  except?: MiniProgram,
): Promise<number> {
  const lists = await Promise.all([...new Set(ids)].map((id) => reader.find('miniPrograms', { [field]: id })))
  // A registration the platform failed made no mini program: it counts against nothing.
  return lists.flat().filter((mp) => mp.status !== 'failed' && mp.id !== except?.id).length
}

/** Mini programs bound to an admin ID card (by keyed hash). ID_CARD_LIMIT */
export async function idCardMiniPrograms(reader: LedgerReader, hash: string, except?: MiniProgram) {
  const admins = await reader.find('admins', { idCardHash: hash })
  return countMiniPrograms(
    reader,
    'adminId',
    admins.map((admin) => admin.id),
    except,
  )
}

/** Mini programs registered with an admin mobile (by keyed hash). PHONE_LIMIT */
export async function phoneMiniPrograms(reader: LedgerReader, hash: string, except?: MiniProgram) {
  const admins = await reader.find('admins', { mobileHash: hash })
  return countMiniPrograms(
    reader,
    'adminId',
    admins.map((admin) => admin.id),
    except,
  )
}

/** Mini programs of the subjects with these ids. SUBJECT_TOTAL */
export async function subjectMiniPrograms(
  reader: LedgerReader,
  subjectIds: readonly string[],
  except?: MiniProgram,
) {
  return countMiniPrograms(reader, 'subjectId', subjectIds, except)
}

/** The subjects a credit code (or, for an individual without one, a name) names. */
export async function findSubjectIds(reader: LedgerReader, creditCode?: string, name?: string) {
  const found = creditCode
    ? await reader.find('subjects', { creditCode: creditCode.trim().toUpperCase() })
    : name
      ? await reader.find('subjects', { name: name.trim() })
      : []
  return found.map((subject) => subject.id)
}

/** What an official account already has, counted from its associations; undefined when it is not known. */
export async function officialAccountUsage(
  reader: LedgerReader,
  accountId: string,
  today: LocalDate,
  except?: MiniProgram,
): Promise<OfficialAccountUsage | undefined> {
  const account = await reader.get('officialAccounts', accountId)
  if (!account) return undefined
  const [subject, same, other, thisMonth, pending] = await Promise.all([
    reader.get('subjects', account.subjectId),
    reader.find('associations', { officialAccountId: accountId, kind: 'same' }),
    reader.find('associations', { officialAccountId: accountId, kind: 'other' }),
    // At most a month's worth of associations: bounded by OA_LINK_MONTHLY and FAST_REG_MONTHLY.
    reader.find('associations', { officialAccountId: accountId, month: monthOf(today) }),
    reader.find('miniPrograms', { viaAccountId: accountId, status: 'in-progress' }),
  ])
  if (!subject) return undefined
  // The asking registration's own association (made when it entered the ledger) is not "already used".
  const notMine = (link: { miniProgramId: string }) => link.miniProgramId !== except?.id
  const links = thisMonth.filter(notMine)
  const fast = links.filter((link) => link.byFastRegistration)
  const fastPrograms = await Promise.all(fast.map((link) => reader.get('miniPrograms', link.miniProgramId)))
  const newLinks = links.filter((link) => !link.byFastRegistration)
  return {
    subjectType: subject.type,
    sameSubjectLinks: same.filter(notMine).length,
    otherSubjectLinks: other.filter(notMine).length,
    monthNewLinks: {
      sameSubject: newLinks.filter((link) => link.kind === 'same').length,
      otherSubject: newLinks.filter((link) => link.kind === 'other').length,
    },
    // rule: FAST_REG_MONTHLY — only successful fast registrations count
    monthFastRegistrations: fastPrograms.filter((mp) => mp?.status === 'registered').length,
    // rule: FAST_REG_ONE_AT_A_TIME
    fastRegistrationPending: pending.some((mp) => mp.id !== except?.id),
    email: account.email,
  }
}

/**
 * What the ledger holds for these identities, leaving out `except` (the registration asking, whose own
 * 进行中 record must not count against it).
 */
export async function usageFor(
  reader: LedgerReader,
  query: IdentityQuery,
  today: LocalDate,
  except?: MiniProgram,
): Promise<Usage> {
  // Each count is read at once, not one after another: inside one transaction the reads go out together, so a
  // step with an email, an ID card and a mobile waits for one round of reads, not for three.
  const emailRow = async (email: string) => {
    const [row] = await reader.find('emails', { email: emailKey(email) })
    return row && (except === undefined || row.ownerId !== except.id) ? [row.email] : []
  }
  const subjectCount = async (creditCode?: string, name?: string) =>
    subjectMiniPrograms(reader, await findSubjectIds(reader, creditCode, name), except)
  const accountUsage = async (email: string) => {
    const [account] = await reader.find('officialAccounts', { email: emailKey(email) })
    return account ? officialAccountUsage(reader, account.id, today, except) : undefined
  }
  const [emailsInUse, idCard, phone, subject, officialAccount] = await Promise.all([
    query.email ? emailRow(query.email) : undefined,
    query.idCardHash ? idCardMiniPrograms(reader, query.idCardHash, except) : undefined,
    query.mobileHash ? phoneMiniPrograms(reader, query.mobileHash, except) : undefined,
    query.creditCode || query.subjectName ? subjectCount(query.creditCode, query.subjectName) : undefined,
    query.officialAccountEmail ? accountUsage(query.officialAccountEmail) : undefined,
  ])
  const usage: Usage = {}
  if (emailsInUse) usage.emailsInUse = emailsInUse
  if (idCard !== undefined) usage.idCardMiniPrograms = idCard
  if (phone !== undefined) usage.phoneMiniPrograms = phone
  if (subject !== undefined) usage.subjectMiniPrograms = subject
  if (officialAccount) usage.officialAccount = officialAccount
  return usage
}
