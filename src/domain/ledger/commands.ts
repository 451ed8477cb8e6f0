import { z } from 'zod'
import type { LocalDate } from '../dates'
import type { QuotaFinding } from '../quota/types'
import type { RuleSet } from '../rules/rule-set'
import { deleteRecordIn } from './delete'
import { inProgressEntrySchema, writeInProgressIn } from './in-progress'
import { appId } from './record-fields'
import { asWriteResult } from './refusal'
import {
  registrationOutcomeSchema,
  writeAppIdIn,
  writeFailureIn,
  writeFinalIn,
  writeRemovalIn,
} from './registration'
import { moveInto, type MoveInProblem } from './move-in'
import { tableNames, type LedgerData, type LedgerRecord, type RecordOf, type TableName } from './tables'
import { checkedSaveIn, type Draft, type LedgerStore } from './write'

// Every write to the ledger as a command: a value that says what to do, applied by one function. The browser's
// ledger applies it in a Dexie transaction; in a team, the browser applies it to its cache (shown 未确认) and
// sends it to the team server, which applies it again, for real, under its locks. The command's id names the
// records it creates (`<id>.1`, `<id>.2`, …), so both sides make the same ids and a replay changes nothing.

const commandId = z.string().min(8).max(64)

/** The most records of one table a move-in carries. */
export const moveInMax = 100_000
const caseId = z.string().trim().min(1).max(100)

export const ledgerCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('save'),
    id: commandId,
    table: z.enum(tableNames),
    record: z.record(z.string(), z.unknown()),
    expectedVersion: z.number().int().positive().nullable(),
  }),
  z.strictObject({
    kind: z.literal('delete'),
    id: commandId,
    table: z.enum(tableNames),
    recordId: z.string().min(1).max(100),
    expectedVersion: z.number().int().positive(),
  }),
  z.strictObject({ kind: z.literal('in-progress'), id: commandId, entry: inProgressEntrySchema }),
  z.strictObject({
    kind: z.literal('finalise'),
    id: commandId,
    caseId,
    outcome: registrationOutcomeSchema,
  }),
  z.strictObject({ kind: z.literal('app-id'), id: commandId, caseId, appId }),
  z.strictObject({ kind: z.literal('failure'), id: commandId, caseId }),
  z.strictObject({ kind: z.literal('removal'), id: commandId, caseId }),
  // 搬入团队: a whole solo ledger, all or nothing (the team server takes it from an owner only).
  z.strictObject({
    kind: z.literal('move-in'),
    id: commandId,
    data: z.strictObject(
      Object.fromEntries(
        tableNames.map((name) => [name, z.array(z.record(z.string(), z.unknown())).max(moveInMax)]),
      ) as Record<TableName, z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>,
    ),
  }),
])

export type LedgerCommand = z.infer<typeof ledgerCommandSchema>
export type CommandKind = LedgerCommand['kind']

/** Why a command was refused; nothing it would have written is kept. */
export type CommandRefusalReason =
  | 'quota'
  | 'conflict'
  | 'duplicate'
  | 'invalid'
  | 'in-use'
  | 'email-in-use'
  /** Team only: the member may not write (只读), or is no longer a member. */
  | 'role'
  /** 搬入团队: records that cannot come in, each listed in `problems`. */
  | 'move-in'

export interface CommandRefused {
  ok: false
  reason: CommandRefusalReason
  findings: readonly QuotaFinding[]
  /** `duplicate`, `email-in-use`, `invalid`: the field at fault. */
  field?: string
  /** `conflict`: the record as it is now (absent when deleted). */
  current?: unknown
  /** `in-use`: the table whose records still use the one to delete, and how many. */
  by?: TableName
  count?: number
  issues?: readonly { path: readonly PropertyKey[]; message: string }[]
  problems?: readonly MoveInProblem[]
}

/** What applying a command did: the record a `save` wrote, the findings that did not block. */
export type CommandOutcome =
  { ok: true; findings: readonly QuotaFinding[]; record?: LedgerRecord } | CommandRefused

/** The rules a command is checked by: the ledger's rule set and today's date in China. */
export interface CommandRules {
  ruleSet: RuleSet
  today: LocalDate
}

/** The store with ids made from the command's id. */
function seeded(store: LedgerStore, id: string): LedgerStore {
  let next = 0
  return {
    ...store,
    newId: () => {
      next += 1
      return `${id}.${next}`
    },
  }
}

/**
 * Applies `command` to `store` (inside the caller's transaction). A refusal is a value; the caller rolls back
 * what was written before it (a Dexie transaction by throwing, PostgreSQL to a savepoint).
 */
export async function applyCommand(
  store: LedgerStore,
  command: LedgerCommand,
  rules: CommandRules,
): Promise<CommandOutcome> {
  const ids = seeded(store, command.id)
  switch (command.kind) {
    case 'save': {
      const draft = command.record as Draft<RecordOf[TableName]>
      const result = await checkedSaveIn(ids, command.table, draft, command.expectedVersion, rules)
      if (result.ok) return { ok: true, findings: result.findings, record: result.record }
      if (result.reason === 'invalid') {
        const issues = result.issues.map((issue) => ({ path: issue.path, message: issue.message }))
        const field = issues[0]?.path[0]
        return {
          ok: false,
          reason: 'invalid',
          issues,
          findings: result.findings,
          ...(typeof field === 'string' ? { field } : {}),
        }
      }
      return { ...result, findings: result.findings }
    }
    case 'delete': {
      const result = await deleteRecordIn(ids, command.table, command.recordId, command.expectedVersion)
      return result.ok ? { ok: true, findings: [] } : { ...result, findings: [] }
    }
    case 'in-progress':
      return asWriteResult(() => writeInProgressIn(ids, { ...command.entry, ...rules })).then(withFindings)
    case 'finalise':
      return asWriteResult(() => writeFinalIn(ids, command.caseId, { ...command.outcome, ...rules })).then(
        withFindings,
      )
    case 'app-id':
      return asWriteResult(() => writeAppIdIn(ids, command.caseId, command.appId)).then(withFindings)
    case 'failure':
      return asWriteResult(() => writeFailureIn(ids, command.caseId)).then(withFindings)
    case 'removal':
      return asWriteResult(() => writeRemovalIn(ids, command.caseId)).then(withFindings)
    case 'move-in': {
      const moved = await moveInto(ids, command.data as unknown as LedgerData, rules)
      return moved.ok
        ? { ok: true, findings: [] }
        : { ok: false, reason: 'move-in', findings: [], problems: moved.problems }
    }
  }
}

function withFindings(result: { ok: true } | CommandRefused): CommandOutcome {
  return result.ok ? { ok: true, findings: [] } : result
}
