// 搬入团队: the owner moves this browser's own (solo) ledger into the team's, in 团队模式. Online only: it is
// all or nothing, and the owner needs the server's answer (every conflict listed) at once.
import type { MoveInProblem } from '../../domain/ledger'
import { storageName } from '../../platform/demo-mode'
import { identityKeyCheck, soloIdentityKeyText } from '../../platform/identity-hash'
import { teamApi } from '../../platform/team-api'
import { ledgerDatabaseName } from '../store-names'
import { newCommandId } from './commands'
import { LedgerDatabase } from './db'
import { readAll } from './export-file'
import { syncTeamLedger } from './team-sync'

export type { MoveInProblem } from '../../domain/ledger'

/** This browser's own ledger (the one solo mode uses), read whole; closed again afterwards. */
export async function soloLedger() {
  const solo = new LedgerDatabase(storageName(ledgerDatabaseName))
  try {
    return await readAll(solo)
  } finally {
    solo.close()
  }
}

export type MoveInOutcome =
  | { ok: true; count: number }
  | { ok: false; reason: 'conflicts'; problems: readonly MoveInProblem[] }
  /** The solo ledger's hashes were made with another key than the team's: its identities could not be matched. */
  | { ok: false; reason: 'key-differs' | 'offline' | 'role' | 'signed-out' | 'empty' }

/** Moves the solo ledger into the team's (`db`: the team cache, pulled afterwards). */
export async function moveSoloLedgerIn(
  db: LedgerDatabase,
  teamKeyCheck: string | null,
): Promise<MoveInOutcome> {
  const data = await soloLedger()
  const total = Object.values(data).reduce((sum, records) => sum + records.length, 0)
  if (total === 0) return { ok: false, reason: 'empty' }
  const soloKey = soloIdentityKeyText()
  if (data.admins.length > 0 && (!soloKey || (await identityKeyCheck(soloKey)) !== teamKeyCheck)) {
    return { ok: false, reason: 'key-differs' }
  }
  const tables = data as unknown as Record<keyof typeof data, Record<string, unknown>[]>
  const answer = await teamApi.command({ kind: 'move-in', id: newCommandId(), data: tables })
  if (answer.ok) {
    await syncTeamLedger(db)
    return { ok: true, count: answer.changes.length }
  }
  if (answer.status === 200 && answer.reason === 'move-in') {
    return {
      ok: false,
      reason: 'conflicts',
      problems: (answer as { problems?: MoveInProblem[] }).problems ?? [],
    }
  }
  if (answer.reason === 'role' || answer.reason === 'signed-out') return { ok: false, reason: answer.reason }
  return { ok: false, reason: 'offline' }
}
