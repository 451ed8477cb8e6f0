// 团队模式's traffic with the team server: sending the outbox in order and pulling other operators' changes by
// revision. Both end in a rebase of the cache (outbox.ts). Nothing here runs outside team mode.
import type { CommandOutcome, CommandRefused, LedgerCommand } from '../../domain/ledger'
import { nowIso } from '../../platform/clock'
import { teamApi, type TeamChange } from '../../platform/team-api'
import type { LedgerDatabase } from './db'
import { rebase, type OutboxEntry } from './outbox'

/** Where the cache stands with the server after a sync. */
export type SyncState = 'synced' | 'offline' | 'signed-out'

const revisionKey = 'team-revision'

/** The server's answers to commands sent by this page, for `runTeamCommand` to hand back to its caller. */
const answers = new Map<string, CommandOutcome>()

/** The server refused `entry`: its writes go, and it is listed under 同步被拒. */
function refuse(db: LedgerDatabase, entry: OutboxEntry, refusal: CommandRefused) {
  answers.set(entry.id, refusal)
  return rebase(db, [], async () => {
    await db.outbox.delete(entry.id)
    await db.rejected.put({
      id: entry.id,
      command: entry.command,
      refusal,
      madeAt: entry.madeAt,
      rejectedAt: nowIso(),
    })
  })
}

async function sendOutbox(db: LedgerDatabase): Promise<SyncState> {
  for (;;) {
    const entry = await db.outbox.orderBy('seq').first()
    if (!entry) return 'synced'
    const answer = await teamApi.command(entry.command)
    if (answer.ok) {
      answers.set(entry.id, {
        ok: true,
        findings: answer.findings,
        record: recordOf(entry.command, answer.changes),
      })
      await rebase(db, answer.changes, async () => {
        await db.outbox.delete(entry.id)
      })
      continue
    }
    if (answer.reason === 'signed-out') return 'signed-out'
    // The server's own refusal (status 200), a member who may not write, or a command it could not read.
    if (answer.status === 200 || answer.reason === 'role' || answer.reason === 'invalid') {
      const refusal = answer as unknown as CommandRefused
      await refuse(db, entry, {
        ok: false,
        reason: answer.status === 200 ? refusal.reason : answer.reason === 'role' ? 'role' : 'invalid',
        findings: refusal.findings ?? [],
        ...(refusal.field ? { field: refusal.field } : {}),
        ...(refusal.current !== undefined ? { current: refusal.current } : {}),
        ...(refusal.by ? { by: refusal.by, count: refusal.count } : {}),
        ...(refusal.issues ? { issues: refusal.issues } : {}),
      })
      continue
    }
    // Offline, no server, or the server failed: the command waits for the next sync.
    return 'offline'
  }
}

/** The record a save wrote, as the server stored it. */
function recordOf(command: LedgerCommand, changes: readonly TeamChange[]) {
  if (command.kind !== 'save') return undefined
  const id = typeof command.record.id === 'string' ? command.record.id : undefined
  return changes.find((change) => change.table === command.table && change.id === id)?.record ?? undefined
}

async function pullChanges(db: LedgerDatabase): Promise<SyncState> {
  for (;;) {
    const since = Number((await db.meta.get(revisionKey))?.value ?? 0)
    const answer = await teamApi.pull(since)
    if (!answer.ok) return answer.reason === 'signed-out' ? 'signed-out' : 'offline'
    await rebase(db, answer.changes, async () => {
      await db.meta.put({ key: revisionKey, value: String(answer.revision) })
    })
    if (!answer.more) return 'synced'
  }
}

let running: Promise<SyncState> | undefined

// The last sync's outcome, for the pages that say where the team ledger stands. `checking`: none finished yet.
let lastState: SyncState | 'checking' = 'checking'
const listeners = new Set<() => void>()

function settle(state: SyncState): SyncState {
  if (state !== lastState) {
    lastState = state
    for (const listener of listeners) listener()
  }
  return state
}

/** The last sync's outcome (`checking` until one finished), and a way to hear of the next (for useSyncExternalStore). */
export const teamSyncState = {
  get: (): SyncState | 'checking' => lastState,
  subscribe: (listener: () => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}

/**
 * Sends what waits in the outbox, then pulls what changed; one sync at a time per page (a second call waits
 * for the one running and then runs again, so nothing made meanwhile is left behind).
 */
export function syncTeamLedger(db: LedgerDatabase): Promise<SyncState> {
  const previous = running ?? Promise.resolve('synced' as SyncState)
  const next = previous
    .catch(() => settle('offline'))
    .then(async () => {
      const sent = await sendOutbox(db)
      if (sent !== 'synced') return settle(sent)
      return settle(await pullChanges(db))
    })
  running = next
  void next.finally(() => {
    if (running === next) running = undefined
  })
  return next
}

/** The server's answer to command `id` if this page has it (and forgets it). */
export function takeAnswer(id: string): CommandOutcome | undefined {
  const answer = answers.get(id)
  answers.delete(id)
  return answer
}

/** How often the page asks the team server for other operators' changes while it is in view. */
export const pollSeconds = 5

/**
 * Keeps the cache in step while the page is open: a sync now, every `pollSeconds` while the page is visible,
 * when it comes back into view and when the browser is back online. Returns how to stop.
 */
export function startTeamSync(db: LedgerDatabase): () => void {
  const sync = () => {
    if (document.visibilityState === 'visible') void syncTeamLedger(db).catch(() => undefined)
  }
  sync()
  const timer = window.setInterval(sync, pollSeconds * 1000)
  window.addEventListener('online', sync)
  document.addEventListener('visibilitychange', sync)
  return () => {
    window.clearInterval(timer)
    window.removeEventListener('online', sync)
    document.removeEventListener('visibilitychange', sync)
  }
}

/** 同步被拒, newest first. */
export function rejectedCommands(db: LedgerDatabase) {
  return db.rejected.orderBy('rejectedAt').reverse().toArray()
}

/** The user read a refusal and let the change go. */
export function dismissRejected(db: LedgerDatabase, id: string) {
  return db.rejected.delete(id)
}
