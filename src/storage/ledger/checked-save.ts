import type { LocalDate, RuleSet } from '../../domain'
import type { CheckedSaveResult, Draft, RecordOf, TableName } from '../../domain/ledger'
import { runLedgerCommand } from './commands'
import type { LedgerDatabase } from './db'

export type { CheckedSaveResult } from '../../domain/ledger'

/**
 * A hand-made save (a ledger form): the quotas the record draws on are counted and checked in the same
 * transaction as the write, as the wizard's writes are, so two tabs (or, in 团队模式, two operators) cannot both
 * take the last room. The findings that do not block (the last room taken) come back with the saved record;
 * `unconfirmed` when the team server could not be reached (it shows 未确认 until it answers).
 */
export async function saveCheckedRecord<K extends TableName>(
  db: LedgerDatabase,
  table: K,
  draft: Draft<RecordOf[K]>,
  expectedVersion: number | null,
  rules: { ruleSet: RuleSet; today: LocalDate },
): Promise<(CheckedSaveResult<K> | { ok: false; reason: 'role'; findings: [] }) & { unconfirmed?: true }> {
  const record = draft as unknown as Record<string, unknown>
  const outcome = await runLedgerCommand(db, { kind: 'save', table, record, expectedVersion }, rules)
  const findings = [...outcome.findings]
  if (outcome.ok) {
    const saved = (outcome.record ?? (await db.table(table).get(String(record.id ?? '')))) as RecordOf[K]
    return { ok: true, record: saved, findings, ...(outcome.unconfirmed ? { unconfirmed: true } : {}) }
  }
  switch (outcome.reason) {
    case 'conflict':
      return { ok: false, reason: 'conflict', current: outcome.current, findings }
    case 'duplicate':
    case 'email-in-use':
      return { ok: false, reason: 'duplicate', field: outcome.field ?? 'email', findings }
    case 'quota':
      return { ok: false, reason: 'quota', findings }
    case 'role':
      return { ok: false, reason: 'role', findings: [] }
    default:
      return {
        ok: false,
        reason: 'invalid',
        issues: (outcome.issues ?? [
          { path: [outcome.field ?? 'id'], message: outcome.reason },
        ]) as CheckedSaveInvalid['issues'],
        findings,
      }
  }
}

type CheckedSaveInvalid = Extract<CheckedSaveResult<TableName>, { reason: 'invalid' }>
