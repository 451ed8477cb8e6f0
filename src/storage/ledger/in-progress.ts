import { checkQuotas, type LocalDate, type RuleSet, type SubjectType } from '../../domain'
import type { LedgerDatabase } from './db'
import { emailKey } from './email-rows'
import type { Admin, MiniProgram, OfficialAccount, Subject } from './records'
import { LedgerRefusal } from './refusal'
import { saveRecord, type SaveResult } from './save'
import type { TableName } from './tables'
import { usageFor } from './usage-query'

export interface InProgressEntry {
  caseId: string
  path: 'standalone' | 'reuse'
  email: string
  /** `clientId`: the client the registration is for, given to the subject when the ledger adds it. */
  subject?: { type: SubjectType; name: string; creditCode?: string; clientId?: string }
  officialAccountEmail?: string
  /** What the wizard knows of the account, used only when the ledger does not have it yet. */
  officialAccount?: { name: string; accountType: 'subscription' | 'service'; certified: boolean }
  admin?: { name: string; idCardMasked: string; idCardHash: string; mobileMasked: string; mobileHash: string }
  miniProgramName?: string
  today: LocalDate
  /** When given, the quotas are checked again inside the write, so two tabs cannot both take the last room. */
  ruleSet?: RuleSet
}

function ok<K extends TableName>(result: SaveResult<K>) {
  if (result.ok) return result.record
  if (result.reason === 'duplicate') {
    throw new LedgerRefusal(result.field === 'email' ? 'email-in-use' : 'duplicate', [], result.field)
  }
  throw new LedgerRefusal(result.reason === 'conflict' ? 'duplicate' : 'invalid')
}

async function subjectFor(db: LedgerDatabase, entry: InProgressEntry): Promise<Subject | undefined> {
  const given = entry.subject
  if (!given) return undefined
  const code = given.creditCode?.trim().toUpperCase()
  const found = code
    ? await db.subjects.where('creditCode').equals(code).first()
    : await db.subjects
        .where('name')
        .equals(given.name.trim())
        .and((s) => s.type === given.type)
        .first()
  if (found) return found
  const client = given.clientId ? await db.clients.get(given.clientId) : undefined
  const draft = { name: given.name, type: given.type, creditCode: code, clientId: client?.id }
  return ok(await saveRecord(db, 'subjects', draft, null))
}

async function accountFor(db: LedgerDatabase, entry: InProgressEntry, subject: Subject | undefined) {
  if (entry.path !== 'reuse' || !entry.officialAccountEmail) return undefined
  const email = emailKey(entry.officialAccountEmail)
  const found = await db.officialAccounts.where('email').equals(email).first()
  if (found || !subject) return found
  const known = entry.officialAccount
  const draft = {
    name: known?.name ?? email,
    subjectId: subject.id,
    accountType: known?.accountType ?? 'service',
    certified: known?.certified ?? true,
    email,
  } satisfies Partial<OfficialAccount>
  return ok(await saveRecord(db, 'officialAccounts', draft, null))
}

async function adminFor(db: LedgerDatabase, entry: InProgressEntry): Promise<Admin | undefined> {
  const admin = entry.admin
  if (!admin) return undefined
  const found = await db.admins
    .where('[idCardHash+mobileHash]')
    .equals([admin.idCardHash, admin.mobileHash])
    .first()
  if (found && found.name === admin.name) return found
  return ok(await saveRecord(db, 'admins', { ...admin, id: found?.id }, found?.version ?? null))
}

async function recheckQuotas(db: LedgerDatabase, entry: InProgressEntry, existing: MiniProgram | undefined) {
  if (!entry.ruleSet) return
  const usage = await usageFor(
    db,
    {
      email: entry.email,
      idCardHash: entry.admin?.idCardHash,
      mobileHash: entry.admin?.mobileHash,
      creditCode: entry.subject?.creditCode,
      subjectName: entry.subject?.creditCode ? undefined : entry.subject?.name,
      officialAccountEmail: entry.path === 'reuse' ? entry.officialAccountEmail : undefined,
    },
    entry.today,
    existing,
  )
  const action = entry.path === 'reuse' ? 'fast-register' : 'standalone'
  const request = { action, subjectType: entry.subject?.type, email: entry.email } as const
  const blocks = checkQuotas(usage, request, entry.ruleSet).filter((f) => f.severity === 'block')
  if (blocks.length > 0) throw new LedgerRefusal('quota', blocks)
}

/** Creates or updates the 进行中 record of a registration, with its subject, account, admin and association. */
export async function writeInProgress(db: LedgerDatabase, entry: InProgressEntry): Promise<void> {
  const existing = await db.miniPrograms.where('caseId').equals(entry.caseId).first()
  // Submitted or failed already (a later sync of the same registration): the final record stays as it is.
  if (existing && existing.status !== 'in-progress') return
  await recheckQuotas(db, entry, existing)
  const subject = await subjectFor(db, entry)
  const account = await accountFor(db, entry, subject)
  const admin = await adminFor(db, entry)
  const draft = {
    ...existing,
    name: entry.miniProgramName ?? existing?.name,
    subjectId: account?.subjectId ?? subject?.id ?? existing?.subjectId,
    path: entry.path,
    status: 'in-progress',
    certStatus: existing?.certStatus ?? 'none',
    createdOn: existing?.createdOn ?? entry.today,
    email: emailKey(entry.email),
    adminId: admin?.id ?? existing?.adminId,
    viaAccountId: account?.id,
    caseId: entry.caseId,
    waitingOn: existing?.waitingOn ?? [],
  } satisfies Partial<MiniProgram>
  const record = ok(await saveRecord(db, 'miniPrograms', draft, existing?.version ?? null))
  // A path switched away from reuse leaves no fast-registration association behind.
  const links = await db.associations.where('miniProgramId').equals(record.id).toArray()
  const stale = links.filter((link) => link.byFastRegistration && link.officialAccountId !== account?.id)
  if (stale.length > 0) await db.associations.bulkDelete(stale.map((link) => link.id))
  if (account && !links.some((link) => link.officialAccountId === account.id)) {
    const link = {
      officialAccountId: account.id,
      miniProgramId: record.id,
      kind: 'same',
      linkedOn: entry.today,
      month: entry.today.slice(0, 7),
      byFastRegistration: true,
    } as const
    ok(await saveRecord(db, 'associations', link, null))
  }
}
