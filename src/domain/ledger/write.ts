import type { z } from 'zod'
import { monthOf, type LocalDate } from '../dates'
import { checkQuotas } from '../quota/check-quotas'
import type { QuotaFinding, Usage } from '../quota/types'
import type { RuleSet } from '../rules/rule-set'
import { emailKey } from './email'
import type { Association, MiniProgram } from './records'
import { recordSchemas, uniqueFields, type LedgerRecord, type RecordOf, type TableName } from './tables'
import { idCardMiniPrograms, officialAccountUsage, phoneMiniPrograms, subjectMiniPrograms } from './usage'
import type { LedgerReader } from './usage'

// How a record is written to the ledger, wherever it is kept: the browser (Dexie) and the team server
// (PostgreSQL) run these same functions inside their own transaction, over their own `LedgerStore`.

/** A ledger inside one transaction: reads, writes, the time and fresh ids. */
export interface LedgerStore extends LedgerReader {
  put<K extends TableName>(table: K, record: RecordOf[K]): Promise<void>
  remove(table: TableName, id: string): Promise<void>
  /** Now, as an ISO timestamp (the record's createdAt and updatedAt). */
  now(): string
  newId(): string
}

/** A record's bookkeeping, set by the ledger on every save. */
export interface Meta {
  id: string
  createdAt: string
  updatedAt: string
  version: number
}

/** What a caller gives for a new or changed record: everything but the bookkeeping. */
export type Draft<T extends Meta> = Omit<T, keyof Meta> & { id?: string }

export type SaveFailure =
  /** The record changed (or was deleted) since it was read: `current` is what is stored now. */
  | { ok: false; reason: 'conflict'; current: unknown }
  /** Another record already has this value of a unique field. */
  | { ok: false; reason: 'duplicate'; field: string }
  | { ok: false; reason: 'invalid'; issues: readonly z.core.$ZodIssue[] }

export type SaveResult<K extends TableName> = { ok: true; record: RecordOf[K] } | SaveFailure

/** Drops keys whose value is undefined or '', so optional fields stay absent (unique indexes skip them). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T
}

/** The tables a save of `table` touches in its one transaction. */
export function tablesFor(table: TableName): TableName[] {
  if (table === 'miniPrograms' || table === 'officialAccounts') return [table, 'emails']
  if (table === 'associations') return [table, 'miniPrograms', 'officialAccounts']
  return [table]
}

/** Fields kept for the indexes: an association's month and whether its two ends share a subject. */
async function derive(store: LedgerReader, table: TableName, draft: Record<string, unknown>) {
  if (table !== 'associations') return draft
  const linkedOn = String(draft.linkedOn ?? '')
  const [account, miniProgram] = await Promise.all([
    store.get('officialAccounts', String(draft.officialAccountId)),
    store.get('miniPrograms', String(draft.miniProgramId)),
  ])
  const known = account?.subjectId !== undefined && miniProgram?.subjectId !== undefined
  const kind = known ? (account.subjectId === miniProgram.subjectId ? 'same' : 'other') : draft.kind
  return { ...draft, kind, month: /^\d{4}-\d{2}-\d{2}$/.test(linkedOn) ? monthOf(linkedOn) : linkedOn }
}

async function duplicateField(store: LedgerReader, table: TableName, record: Record<string, unknown>) {
  for (const fields of uniqueFields[table] ?? []) {
    const values = fields.map((field) => record[field])
    if (values.some((value) => value === undefined)) continue
    const match = Object.fromEntries(fields.map((field, i) => [field, String(values[i])]))
    const holders = await store.find(table, match)
    if (holders.some((holder) => holder.id !== record.id)) return fields.join('+')
  }
  return null
}

/**
 * Makes `email` the one email row of `ownerId`. Returns false (and writes nothing) when another owner, or an
 * email noted as used elsewhere, already has it. EMAIL_UNIQUE
 */
export async function claimEmail(
  store: LedgerStore,
  ownerId: string,
  use: 'mini-program' | 'official-account',
  email: string,
): Promise<boolean> {
  const key = emailKey(email)
  const [holder] = await store.find('emails', { email: key })
  if (holder && holder.ownerId !== ownerId) return false
  const own = await store.find('emails', { ownerId })
  for (const row of own) if (row.email !== key) await store.remove('emails', row.id)
  const now = store.now()
  if (!holder) {
    const row = { email: key, use, ownerId, id: store.newId(), createdAt: now, updatedAt: now, version: 1 }
    await store.put('emails', row)
  } else if (holder.use !== use) {
    await store.put('emails', { ...holder, use, updatedAt: now, version: holder.version + 1 })
  }
  return true
}

/**
 * Adds (`expectedVersion` null) or changes a record. A change is refused when the stored record's version is
 * not `expectedVersion` (someone else saved it meanwhile): nothing is overwritten. Run inside a transaction on
 * `tablesFor(table)`.
 */
export async function saveRecordIn<K extends TableName>(
  store: LedgerStore,
  table: K,
  draft: Draft<RecordOf[K]>,
  expectedVersion: number | null,
): Promise<SaveResult<K>> {
  const existing = draft.id === undefined ? undefined : await store.get(table, draft.id)
  const stale = expectedVersion === null ? existing !== undefined : existing?.version !== expectedVersion
  if (stale) return { ok: false, reason: 'conflict', current: existing }
  const now = store.now()
  const fields = await derive(store, table, compact(draft as Record<string, unknown>))
  const candidate = {
    ...fields,
    id: draft.id ?? store.newId(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    version: (existing?.version ?? 0) + 1,
  }
  const parsed = recordSchemas[table].safeParse(candidate)
  if (!parsed.success) return { ok: false, reason: 'invalid', issues: parsed.error.issues }
  const record = parsed.data as RecordOf[K] & Record<string, unknown>
  const duplicate = await duplicateField(store, table, record)
  if (duplicate) return { ok: false, reason: 'duplicate', field: duplicate }
  if (table === 'miniPrograms' || table === 'officialAccounts') {
    const use = table === 'miniPrograms' ? 'mini-program' : 'official-account'
    if (!(await claimEmail(store, record.id, use, String(record.email)))) {
      return { ok: false, reason: 'duplicate', field: 'email' }
    }
  }
  await store.put(table, record)
  return { ok: true, record }
}

/** A new or moved mini program counts toward its admin's ID card and mobile, and its subject. */
async function miniProgramFindings(
  reader: LedgerReader,
  draft: MiniProgram,
  old: MiniProgram | undefined,
  ruleSet: RuleSet,
) {
  const usage: Usage = {}
  const only: QuotaFinding['ruleId'][] = []
  const admin = draft.adminId ? await reader.get('admins', draft.adminId) : undefined
  if (admin && draft.adminId !== old?.adminId) {
    usage.idCardMiniPrograms = await idCardMiniPrograms(reader, admin.idCardHash, old)
    usage.phoneMiniPrograms = await phoneMiniPrograms(reader, admin.mobileHash, old)
    only.push('ID_CARD_LIMIT', 'PHONE_LIMIT')
  }
  const subject = draft.subjectId ? await reader.get('subjects', draft.subjectId) : undefined
  if (subject && draft.subjectId !== old?.subjectId) {
    usage.subjectMiniPrograms = await subjectMiniPrograms(reader, [subject.id], old)
    only.push('SUBJECT_TOTAL')
  }
  if (only.length === 0) return []
  return checkQuotas(usage, { action: 'standalone', subjectType: subject?.type, only }, ruleSet)
}

/** A new association counts toward the account's limits (by subject, by month, fast registrations). */
async function associationFindings(
  reader: LedgerReader,
  draft: Association,
  ruleSet: RuleSet,
  today: LocalDate,
) {
  const officialAccount = await officialAccountUsage(reader, draft.officialAccountId, today)
  const mp = await reader.get('miniPrograms', draft.miniProgramId)
  const subject = mp?.subjectId ? await reader.get('subjects', mp.subjectId) : undefined
  if (!officialAccount) return []
  const action = draft.byFastRegistration ? 'fast-register' : 'associate'
  return checkQuotas(
    { officialAccount },
    {
      action,
      subjectType: subject?.type ?? officialAccount.subjectType,
      sameSubject: draft.kind === 'same',
      only: ['OA_LINK_SAME', 'OA_LINK_OTHER', 'OA_LINK_MONTHLY', 'FAST_REG_MONTHLY'],
    },
    ruleSet,
  )
}

/** The quota findings a hand-made save would cause; a `block` stops the save. */
export async function quotaFindings(
  reader: LedgerReader,
  table: TableName,
  draft: Record<string, unknown>,
  old: LedgerRecord | undefined,
  ruleSet: RuleSet,
  today: LocalDate,
): Promise<QuotaFinding[]> {
  if (table === 'miniPrograms')
    return miniProgramFindings(reader, draft as MiniProgram, old as MiniProgram | undefined, ruleSet)
  if (table === 'associations' && old === undefined)
    return associationFindings(reader, draft as Association, ruleSet, today)
  return []
}

/** A save checked against the quotas: refused by a `block` (nothing written), else the save's own result. */
export type CheckedSaveResult<K extends TableName> = { findings: QuotaFinding[] } & (
  { ok: true; record: RecordOf[K] } | SaveFailure | { ok: false; reason: 'quota' }
)

/**
 * A hand-made save (a ledger form): the quotas the record draws on are counted and checked in the same
 * transaction as the write, so two writers cannot both take the last room. The findings that do not block
 * (the last room taken) come back with the saved record.
 */
export async function checkedSaveIn<K extends TableName>(
  store: LedgerStore,
  table: K,
  draft: Draft<RecordOf[K]>,
  expectedVersion: number | null,
  rules: { ruleSet: RuleSet; today: LocalDate },
): Promise<CheckedSaveResult<K>> {
  const old = draft.id === undefined ? undefined : await store.get(table, draft.id)
  const fields = draft as Record<string, unknown>
  const findings = await quotaFindings(store, table, fields, old, rules.ruleSet, rules.today)
  if (findings.some((finding) => finding.severity === 'block')) {
    return { ok: false, reason: 'quota', findings }
  }
  return { ...(await saveRecordIn(store, table, draft, expectedVersion)), findings }
}
