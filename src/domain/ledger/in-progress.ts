import { z } from 'zod'
import type { LocalDate } from '../dates'
import { checkQuotas } from '../quota/check-quotas'
import type { RuleSet } from '../rules/rule-set'
import { subjectTypes, type SubjectType } from '../subject'
import { emailKey } from './email'
import {
  creditCode,
  email,
  identityHash,
  maskedIdCard,
  maskedMobile,
  miniProgramName,
  recordId,
  requiredText,
} from './record-fields'
import {
  accountTypes,
  registrationPaths,
  type Admin,
  type MiniProgram,
  type OfficialAccount,
  type Subject,
} from './records'
import { LedgerRefusal } from './refusal'
import type { TableName } from './tables'
import { usageFor } from './usage'
import { saveRecordIn, type LedgerStore, type SaveResult } from './write'

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

/**
 * What an in-progress write carries from the wizard, as the team server receives it (`today` and `ruleSet` are
 * the server's own): each field checked by the ledger's own field schemas.
 */
export const inProgressEntrySchema = z.strictObject({
  caseId: recordId,
  path: z.enum(registrationPaths),
  email,
  subject: z
    .strictObject({
      type: z.enum(subjectTypes),
      name: requiredText(),
      creditCode: creditCode.optional(),
      clientId: recordId.optional(),
    })
    .optional(),
  officialAccountEmail: email.optional(),
  officialAccount: z
    .strictObject({ name: requiredText(), accountType: z.enum(accountTypes), certified: z.boolean() })
    .optional(),
  admin: z
    .strictObject({
      name: requiredText(),
      idCardMasked: maskedIdCard,
      idCardHash: identityHash,
      mobileMasked: maskedMobile,
      mobileHash: identityHash,
    })
    .optional(),
  miniProgramName: miniProgramName.optional(),
}) satisfies z.ZodType<Omit<InProgressEntry, 'today' | 'ruleSet'>>

function ok<K extends TableName>(result: SaveResult<K>) {
  if (result.ok) return result.record
  if (result.reason === 'duplicate') {
    throw new LedgerRefusal(result.field === 'email' ? 'email-in-use' : 'duplicate', [], result.field)
  }
  throw new LedgerRefusal(result.reason === 'conflict' ? 'duplicate' : 'invalid')
}

async function subjectFor(store: LedgerStore, entry: InProgressEntry): Promise<Subject | undefined> {
  const given = entry.subject
  if (!given) return undefined
  const code = given.creditCode?.trim().toUpperCase()
  const found = code
    ? (await store.find('subjects', { creditCode: code }))[0]
    : (await store.find('subjects', { name: given.name.trim() })).find((s) => s.type === given.type)
  if (found) return found
  const client = given.clientId ? await store.get('clients', given.clientId) : undefined
  const draft = { name: given.name, type: given.type, creditCode: code, clientId: client?.id }
  return ok(await saveRecordIn(store, 'subjects', draft, null))
}

async function accountFor(store: LedgerStore, entry: InProgressEntry, subject: Subject | undefined) {
  if (entry.path !== 'reuse' || !entry.officialAccountEmail) return undefined
  const email = emailKey(entry.officialAccountEmail)
  const [found] = await store.find('officialAccounts', { email })
  if (found || !subject) return found
  const known = entry.officialAccount
  const draft = {
    name: known?.name ?? email,
    subjectId: subject.id,
    accountType: known?.accountType ?? 'service',
    certified: known?.certified ?? true,
    email,
  } satisfies Partial<OfficialAccount>
  return ok(await saveRecordIn(store, 'officialAccounts', draft, null))
}

async function adminFor(store: LedgerStore, entry: InProgressEntry): Promise<Admin | undefined> {
  const admin = entry.admin
  if (!admin) return undefined
  const match = { idCardHash: admin.idCardHash, mobileHash: admin.mobileHash }
  const [found] = await store.find('admins', match)
  if (found && found.name === admin.name) return found
  return ok(await saveRecordIn(store, 'admins', { ...admin, id: found?.id }, found?.version ?? null))
}

async function recheckQuotas(store: LedgerStore, entry: InProgressEntry, existing: MiniProgram | undefined) {
  if (!entry.ruleSet) return
  const usage = await usageFor(
    store,
    {
      // The email is not counted here: taken, it is refused below as 'email-in-use', the more precise answer.
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
export async function writeInProgressIn(store: LedgerStore, entry: InProgressEntry): Promise<void> {
  const [existing] = await store.find('miniPrograms', { caseId: entry.caseId })
  // Submitted or failed already (a later sync of the same registration): the final record stays as it is.
  if (existing && existing.status !== 'in-progress') return
  await recheckQuotas(store, entry, existing)
  const subject = await subjectFor(store, entry)
  const account = await accountFor(store, entry, subject)
  const admin = await adminFor(store, entry)
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
  const record = ok(await saveRecordIn(store, 'miniPrograms', draft, existing?.version ?? null))
  // A path switched away from reuse leaves no fast-registration association behind.
  const links = await store.find('associations', { miniProgramId: record.id })
  const stale = links.filter((link) => link.byFastRegistration && link.officialAccountId !== account?.id)
  for (const link of stale) await store.remove('associations', link.id)
  if (account && !links.some((link) => link.officialAccountId === account.id)) {
    const link = {
      officialAccountId: account.id,
      miniProgramId: record.id,
      kind: 'same',
      linkedOn: entry.today,
      month: entry.today.slice(0, 7),
      byFastRegistration: true,
    } as const
    ok(await saveRecordIn(store, 'associations', link, null))
  }
}
