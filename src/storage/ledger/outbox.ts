// 团队模式's cache and outbox. The browser keeps a copy of the team's ledger (the same Dexie tables as a solo
// ledger) and applies every command to it at once, so the page shows the change (未确认) while the command waits
// in the outbox for the team server. Each pending command remembers what it wrote (before and after), so the
// cache can always be taken back to what the server confirmed: when the server answers or other operators'
// changes arrive, the pending commands are undone, the server's records written, and the pending commands
// applied again on top (a rebase). A command the server refuses goes to 同步被拒, with its reason.
import { ruleSets, type LocalDate, type RuleSetId } from '../../domain'
import {
  applyCommand,
  tableNames,
  type CommandOutcome,
  type CommandRefused,
  type LedgerCommand,
  type LedgerRecord,
  type LedgerStore,
  type TableName,
} from '../../domain/ledger'
import { nowIso } from '../../platform/clock'
import type { LedgerDatabase } from './db'
import { dexieStore } from './save'

/** One record a command wrote to the cache: as it was before (null: new) and after (null: deleted). */
export interface CacheWrite {
  table: TableName
  id: string
  before: LedgerRecord | null
  after: LedgerRecord | null
}

/** A command applied to the cache and not yet confirmed by the team server. */
export interface OutboxEntry {
  id: string
  /** The order commands were made in, and are sent in. */
  seq: number
  command: LedgerCommand
  /** The rules it was checked by here (the server checks again by its own). */
  rules: { ruleSetId: RuleSetId; today: LocalDate }
  writes: CacheWrite[]
  madeAt: string
}

/** A command the team server refused after it was made offline: 同步被拒. */
export interface RejectedEntry {
  id: string
  command: LedgerCommand
  refusal: CommandRefused
  madeAt: string
  rejectedAt: string
}

/** The cache tables a command may write, with the outbox. */
export const cacheTables = [...tableNames, 'outbox', 'rejected', 'meta'] as const

/** A store that notes every record written, with its value before the command's first write to it. */
function recording(store: LedgerStore, writes: Map<string, CacheWrite>): LedgerStore {
  const note = async (table: TableName, id: string, after: LedgerRecord | null) => {
    const key = `${table}/${id}`
    const known = writes.get(key)
    if (known) {
      known.after = after
      return
    }
    const before = ((await store.get(table, id)) as LedgerRecord | undefined) ?? null
    writes.set(key, { table, id, before, after })
  }
  return {
    ...store,
    put: async (table, record) => {
      await note(table, record.id, record as LedgerRecord)
      await store.put(table, record)
    },
    remove: async (table, id) => {
      await note(table, id, null)
      await store.remove(table, id)
    },
  }
}

/** Thrown inside a transaction to roll it back: the command was refused here. */
class Refused extends Error {
  constructor(readonly outcome: CommandRefused) {
    super('refused')
  }
}

/**
 * Applies `command` in one transaction. A refusal writes nothing. With `queue`, the command also goes to the
 * outbox with what it wrote (team mode).
 */
export async function applyInCache(
  db: LedgerDatabase,
  command: LedgerCommand,
  rules: { ruleSetId: RuleSetId; today: LocalDate },
  queue: boolean,
): Promise<CommandOutcome> {
  try {
    return await db.transaction('rw', [...cacheTables], async () => {
      const writes = new Map<string, CacheWrite>()
      const store = queue ? recording(dexieStore(db), writes) : dexieStore(db)
      const outcome = await applyCommand(store, command, {
        ruleSet: ruleSets[rules.ruleSetId],
        today: rules.today,
      })
      if (!outcome.ok) throw new Refused(outcome)
      if (queue) {
        const last = await db.outbox.orderBy('seq').last()
        await db.outbox.add({
          id: command.id,
          seq: (last?.seq ?? 0) + 1,
          command,
          rules,
          writes: [...writes.values()],
          madeAt: nowIso(),
        })
      }
      return outcome
    })
  } catch (error) {
    if (error instanceof Refused) return error.outcome
    throw error
  }
}

async function put(db: LedgerDatabase, table: TableName, id: string, record: LedgerRecord | null) {
  if (record) await db.table(table).put(record)
  else await db.table(table).delete(id)
}

/**
 * The rebase, in one transaction: undoes every pending command (latest first), writes `changes` (the server's
 * records), lets `settle` drop or refuse entries, then applies the remaining pending commands again. A pending
 * command that no longer applies here keeps its place in the outbox: the server has the last word.
 */
export async function rebase(
  db: LedgerDatabase,
  changes: readonly { table: TableName; id: string; record: LedgerRecord | null }[],
  settle: () => Promise<void> = async () => undefined,
): Promise<void> {
  await db.transaction('rw', [...cacheTables], async () => {
    const pending = await db.outbox.orderBy('seq').toArray()
    for (const entry of [...pending].reverse()) {
      for (const write of [...entry.writes].reverse()) await put(db, write.table, write.id, write.before)
    }
    for (const change of changes) await put(db, change.table, change.id, change.record)
    await settle()
    for (const entry of await db.outbox.orderBy('seq').toArray()) {
      const writes = new Map<string, CacheWrite>()
      const rules = { ruleSet: ruleSets[entry.rules.ruleSetId], today: entry.rules.today }
      const outcome = await applyCommand(recording(dexieStore(db), writes), entry.command, rules)
      if (!outcome.ok) {
        // It no longer applies here: what it wrote before it was refused is taken back.
        for (const write of [...writes.values()].reverse()) await put(db, write.table, write.id, write.before)
      }
      await db.outbox.update(entry.id, { writes: outcome.ok ? [...writes.values()] : [] })
    }
  })
}

/** The records pending commands touched, as `table/id`: the ones shown 未确认. */
export async function unconfirmedKeys(db: LedgerDatabase): Promise<Set<string>> {
  const pending = await db.outbox.toArray()
  return new Set(pending.flatMap((entry) => entry.writes.map((write) => `${write.table}/${write.id}`)))
}
