// Every write to the ledger goes through here, as a command (domain/ledger/commands.ts). Solo, it is applied to
// this browser's ledger in one transaction. In 团队模式, it is applied to the cache at once and sent to the team
// server; the caller gets the server's answer when it comes, or `unconfirmed` when the server cannot be reached
// (the change then shows as 未确认 until it is confirmed or lands in 同步被拒).
import type { LocalDate, RuleSet } from '../../domain'
import type { CommandOutcome, LedgerCommand } from '../../domain/ledger'
import { teamMode } from '../../platform/team-mode'
import type { LedgerDatabase } from './db'
import { applyInCache } from './outbox'
import { newRecordId } from './stamp'
import { syncTeamLedger, takeAnswer } from './team-sync'

export type RunOutcome = CommandOutcome & { unconfirmed?: true }

export type Unsent<C> = C extends LedgerCommand ? Omit<C, 'id'> : never

/** A fresh command id. */
export function newCommandId(): string {
  return newRecordId()
}

/** Applies a write to the ledger (solo) or to the team's ledger (团队模式), checked by `rules`. */
export async function runLedgerCommand(
  db: LedgerDatabase,
  unsent: Unsent<LedgerCommand>,
  rules: { ruleSet: RuleSet; today: LocalDate },
): Promise<RunOutcome> {
  const command = { ...unsent, id: newCommandId() } as LedgerCommand
  // A new record is given its id here, so the cache and the team server name it alike.
  if (command.kind === 'save' && typeof command.record.id !== 'string') {
    command.record = { ...command.record, id: `${command.id}.0` }
  }
  const team = teamMode() !== null
  const local = await applyInCache(db, command, { ruleSetId: rules.ruleSet.id, today: rules.today }, team)
  if (!team || !local.ok) return local
  await syncTeamLedger(db)
  const answer = takeAnswer(command.id)
  if (!answer) return { ...local, unconfirmed: true }
  // Refused at once: the caller shows why, as it would a refusal here; it is not listed as 同步被拒 too.
  if (!answer.ok) await db.rejected.delete(command.id)
  return answer
}
