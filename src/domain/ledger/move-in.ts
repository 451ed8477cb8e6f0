import type { LocalDate } from '../dates'
import type { QuotaFinding } from '../quota/types'
import type { RuleSet } from '../rules/rule-set'
import { emailKey } from './email'
import type { Admin } from './records'
import { tableNames, type LedgerData, type LedgerRecord, type RecordOf, type TableName } from './tables'
import { checkedSaveIn, type Draft, type LedgerStore } from './write'

// 搬入团队: a solo ledger moved into the team's ledger, all or nothing. Each record is saved as a hand-made save
// would be (checked against the quotas, counting what the team has and what came in before it); a record the
// team already holds under another id (the same admin by their hashes, the same subject by its credit code, the
// same official account by its email) is taken as that one, and what pointed at it points at the team's. Every
// record that cannot come in is listed, with why; if any is, nothing comes in.

/** The fields that point at another record, by table. */
const references: { [K in TableName]?: Partial<Record<string, TableName>> } = {
  subjects: { clientId: 'clients' },
  officialAccounts: { subjectId: 'subjects' },
  miniPrograms: { subjectId: 'subjects', adminId: 'admins', viaAccountId: 'officialAccounts' },
  associations: { officialAccountId: 'officialAccounts', miniProgramId: 'miniPrograms' },
  emails: { ownerId: 'miniPrograms' },
  fees: { miniProgramId: 'miniPrograms', officialAccountId: 'officialAccounts' },
}

export interface MoveInProblem {
  table: TableName
  /** The record's id in the solo ledger. */
  id: string
  /** The record as the solo ledger has it, for its title. */
  record: LedgerRecord
  reason: 'quota' | 'duplicate' | 'email-in-use' | 'conflict' | 'invalid'
  field?: string
  findings?: readonly QuotaFinding[]
  message?: string
}

export type MoveInResult = { ok: true; count: number } | { ok: false; problems: MoveInProblem[] }

/** The record the team already has for this one, found by what identifies it, if any. */
async function sameIn(store: LedgerStore, table: TableName, record: Record<string, unknown>) {
  // Only well-formed values are looked up; anything else is refused by the record's own schema when saved.
  if (table === 'admins') {
    const admin = record as Partial<Admin>
    if (typeof admin.idCardHash !== 'string' || typeof admin.mobileHash !== 'string') return undefined
    const [found] = await store.find('admins', { idCardHash: admin.idCardHash, mobileHash: admin.mobileHash })
    return found
  }
  if (table === 'subjects' && typeof record.creditCode === 'string') {
    const [found] = await store.find('subjects', { creditCode: record.creditCode })
    return found
  }
  if (table === 'officialAccounts' && typeof record.email === 'string') {
    const [found] = await store.find('officialAccounts', { email: emailKey(record.email) })
    return found
  }
  return undefined
}

/**
 * Saves every record of `data` into `store`, inside the caller's transaction, which must be rolled back when the
 * result is not ok. Email rows owned by a mini program or account come with their owner (its save claims them).
 */
export async function moveInto(
  store: LedgerStore,
  data: LedgerData,
  rules: { ruleSet: RuleSet; today: LocalDate },
): Promise<MoveInResult> {
  const problems: MoveInProblem[] = []
  /** Solo id → team id, for records the team already held. */
  const mapped = new Map<string, string>()
  let count = 0
  // tableNames lists what a record points at before it.
  for (const table of tableNames) {
    for (const original of data[table] as LedgerRecord[]) {
      const fields = { ...(original as unknown as Record<string, unknown>) }
      if (table === 'emails' && fields.ownerId !== undefined) continue
      for (const [field, target] of Object.entries(references[table] ?? {})) {
        const value = fields[field]
        if (typeof value === 'string') fields[field] = mapped.get(`${target}/${value}`) ?? value
      }
      const same = await sameIn(store, table, fields)
      if (same) {
        mapped.set(`${table}/${original.id}`, same.id)
        continue
      }
      const { createdAt: _c, updatedAt: _u, version: _v, ...draft } = fields
      const saved = await checkedSaveIn(store, table, draft as Draft<RecordOf[TableName]>, null, rules)
      if (saved.ok) {
        count += 1
        continue
      }
      const problem: MoveInProblem = { table, id: original.id, record: original, reason: saved.reason }
      if (saved.reason === 'quota') problem.findings = saved.findings.filter((f) => f.severity === 'block')
      if (saved.reason === 'duplicate') {
        problem.field = saved.field
        if (saved.field === 'email') problem.reason = 'email-in-use'
      }
      if (saved.reason === 'invalid') {
        const issue = saved.issues[0]
        problem.field = typeof issue?.path[0] === 'string' ? issue.path[0] : undefined
        problem.message = issue?.message
      }
      problems.push(problem)
    }
  }
  return problems.length === 0 ? { ok: true, count } : { ok: false, problems }
}
