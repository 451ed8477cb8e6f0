import type { LocalDate, QuotaFinding, RuleSet } from '../../domain'
import type { LedgerDatabase } from './db'
import { quotaFindings } from './record-quotas'
import { saveRecord, tablesFor, type SaveFailure } from './save'
import type { Draft } from './stamp'
import type { LedgerRecord, RecordOf, TableName } from './tables'
import { usageTables } from './usage-query'

/** A save checked against the quotas: refused by a `block` (nothing written), else the save's own result. */
export type CheckedSaveResult<K extends TableName> = { findings: QuotaFinding[] } & (
  { ok: true; record: RecordOf[K] } | SaveFailure | { ok: false; reason: 'quota' }
)

/**
 * A hand-made save (a ledger form): the quotas the record draws on are counted and checked in the same
 * transaction as the write, as the wizard's writes are, so two tabs cannot both take the last room. The
 * findings that do not block (the last room taken) come back with the saved record.
 */
export async function saveCheckedRecord<K extends TableName>(
  db: LedgerDatabase,
  table: K,
  draft: Draft<RecordOf[K]>,
  expectedVersion: number | null,
  rules: { ruleSet: RuleSet; today: LocalDate },
): Promise<CheckedSaveResult<K>> {
  const tables = [...new Set([...tablesFor(table), ...usageTables])]
  return db.transaction('rw', tables, async (): Promise<CheckedSaveResult<K>> => {
    const stored = draft.id === undefined ? undefined : await db.table(table).get(draft.id)
    const old = stored as LedgerRecord | undefined
    const draftFields = draft as Record<string, unknown>
    const findings = await quotaFindings(db, table, draftFields, old, rules.ruleSet, rules.today)
    if (findings.some((finding) => finding.severity === 'block')) {
      return { ok: false, reason: 'quota', findings }
    }
    return { ...(await saveRecord(db, table, draft, expectedVersion)), findings }
  })
}
