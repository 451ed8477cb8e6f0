import {
  miniProgramNameKey,
  subjectKey,
  type LocalDate,
  type PlanAccount,
  type PlannedRow,
  type PlanUsage,
} from '../../domain'
import type { LedgerDatabase } from './db'
import { emailKey } from './email-rows'
import type { MiniProgram } from '../../domain/ledger'
import { usageTables } from './usage-query'
import {
  findSubjectIds,
  idCardMiniPrograms,
  officialAccountUsage,
  phoneMiniPrograms,
  subjectMiniPrograms,
} from './usage'

// 批量规划: what the ledger already holds for the identities a plan names, keyed as the scheduler keys them
// (src/domain/planning/plan-types.ts PlanUsage). Every count comes from the same index reads the wizard's quota
// checks use, once per distinct identity, in one read transaction.

const distinct = <T>(values: Iterable<T>) => [...new Set(values)]

/** The official account of this name: the one of the first row's subject when several share the name. */
async function accountNamed(db: LedgerDatabase, name: string, subjectOfRow: string) {
  const accounts = await db.officialAccounts.where('name').equals(name).toArray()
  if (accounts.length <= 1) return accounts[0]
  const subjects = await db.subjects.bulkGet(accounts.map((a) => a.subjectId))
  const index = subjects.findIndex(
    (s) =>
      s !== undefined &&
      subjectKey({ creditCode: s.creditCode ?? null, subjectName: s.name }) === subjectOfRow,
  )
  return accounts[index === -1 ? 0 : index]
}

export async function planUsage(
  db: LedgerDatabase,
  rows: readonly PlannedRow[],
  today: LocalDate,
): Promise<PlanUsage> {
  return db.transaction('r', usageTables, async () => {
    const subjects: Record<string, number> = {}
    for (const row of rows) {
      const key = subjectKey(row)
      if (key in subjects) continue
      const ids = await findSubjectIds(
        db,
        row.creditCode ?? undefined,
        row.creditCode ? undefined : row.subjectName,
      )
      subjects[key] = await subjectMiniPrograms(db, ids)
    }
    const idCards: Record<string, number> = {}
    for (const hash of distinct(rows.map((r) => r.idCardHash))) {
      idCards[hash] = await idCardMiniPrograms(db, hash)
    }
    const mobiles: Record<string, number> = {}
    for (const hash of distinct(rows.map((r) => r.mobileHash))) {
      mobiles[hash] = await phoneMiniPrograms(db, hash)
    }
    const emailsInUse: string[] = []
    for (const email of distinct(rows.map((r) => emailKey(r.email)))) {
      const row = await db.emails.where('email').equals(email).first()
      if (row) emailsInUse.push(row.email)
    }
    const officialAccounts: Record<string, PlanAccount> = {}
    for (const row of rows) {
      const name = row.officialAccount
      if (name === null || name in officialAccounts) continue
      const account = await accountNamed(db, name, subjectKey(row))
      const usage = account && (await officialAccountUsage(db, account.id, today))
      const subject = account && (await db.subjects.get(account.subjectId))
      if (!account || !usage || !subject) continue
      officialAccounts[name] = {
        ...usage,
        type: account.accountType,
        certified: account.certified,
        subject: subjectKey({ creditCode: subject.creditCode ?? null, subjectName: subject.name }),
      }
    }
    return { subjects, idCards, mobiles, emailsInUse, officialAccounts }
  })
}

/** Where a planned mini program stands in the ledger: found by its name (as the wizard compares names). */
export interface PlanProgress {
  id: string
  status: MiniProgram['status']
  /** The wizard's registration it came from, if any. */
  caseId?: string
}

/** Each row's mini program in the ledger, by row number; rows the ledger does not hold are absent. */
export async function planProgress(
  db: LedgerDatabase,
  rows: readonly Pick<PlannedRow, 'row' | 'miniProgramName'>[],
): Promise<Record<number, PlanProgress>> {
  const names = (await db.miniPrograms.orderBy('name').uniqueKeys()) as string[]
  const byKey = new Map<string, string[]>()
  for (const name of names) {
    const key = miniProgramNameKey(name)
    byKey.set(key, [...(byKey.get(key) ?? []), name])
  }
  const wanted = distinct(rows.flatMap((r) => byKey.get(miniProgramNameKey(r.miniProgramName)) ?? []))
  if (wanted.length === 0) return {}
  const records = await db.miniPrograms.where('name').anyOf(wanted).toArray()
  // A registered or 进行中 record before a failed one of the same name.
  const rank = { registered: 0, 'in-progress': 1, failed: 2 } as const
  records.sort((a, b) => rank[a.status] - rank[b.status])
  const first = new Map<string, MiniProgram>()
  for (const mp of records) {
    const key = miniProgramNameKey(mp.name ?? '')
    if (!first.has(key)) first.set(key, mp)
  }
  const progress: Record<number, PlanProgress> = {}
  for (const row of rows) {
    const found = first.get(miniProgramNameKey(row.miniProgramName))
    if (found) {
      progress[row.row] = {
        id: found.id,
        status: found.status,
        ...(found.caseId ? { caseId: found.caseId } : {}),
      }
    }
  }
  return progress
}
