// The team ledger's writes. Each command runs in one transaction: it is recorded by its id first (a replay
// returns the first answer), locks the rows that own the quotas it draws on in one fixed order, runs the
// domain's own save, delete or in-progress write (which count usage and run checkQuotas under the team's
// rule set and the server's date), then stamps the team's next revision and writes the audit log.
import type pg from 'pg'
import {
  applyCommand,
  emailKey,
  findSubjectIds,
  ledgerCommandSchema,
  type CommandOutcome,
  type LedgerCommand,
  type LedgerReader,
  type LedgerRecord,
  type TableName,
} from '../../src/domain/ledger/index.ts'
import type { RuleSetId } from '../../src/domain/rules/rule-set.ts'
import { ruleSets } from '../../src/domain/rules/rule-sets.ts'
import { shanghaiToday } from '../clock.ts'
import { pgStore, type Written } from './pg-store.ts'

/** What a browser sends: its own id for the command (a UUID), so that sending it again changes nothing. */
export const commandSchema = ledgerCommandSchema
export type Command = LedgerCommand

export interface Change {
  table: TableName
  id: string
  /** null: deleted. */
  record: LedgerRecord | null
}

/** What a command did: applied (with the revision it made and what changed), or refused, with why. */
export type CommandResult =
  | { ok: true; revision: number; changes: Change[]; findings: CommandOutcome['findings'] }
  | Exclude<CommandOutcome, { ok: true }>

export interface Actor {
  teamId: string
  userId: string
}

/** The rows a command's quotas belong to, as `kind:key`; locked sorted, so two commands never wait in a circle. */
async function quotaOwners(reader: LedgerReader, command: Command): Promise<string[]> {
  const keys: string[] = []
  const add = (kind: string, key: unknown) => {
    if (typeof key === 'string' && key !== '') keys.push(`${kind}:${key}`)
  }
  if (command.kind === 'in-progress') {
    const entry = command.entry
    add('case', entry.caseId)
    add('email', emailKey(entry.email))
    add('id-card', entry.admin?.idCardHash)
    add('mobile', entry.admin?.mobileHash)
    const code = entry.subject?.creditCode?.trim().toUpperCase()
    add('subject-code', code ?? (entry.subject ? `name:${entry.subject.name.trim()}` : undefined))
    for (const id of await findSubjectIds(reader, code, code ? undefined : entry.subject?.name)) {
      add('subject', id)
    }
    if (entry.path === 'reuse' && entry.officialAccountEmail) {
      const accountEmail = emailKey(entry.officialAccountEmail)
      add('account-email', accountEmail)
      const [account] = await reader.find('officialAccounts', { email: accountEmail })
      add('account', account?.id)
    }
    return keys
  }
  if (
    command.kind === 'finalise' ||
    command.kind === 'app-id' ||
    command.kind === 'failure' ||
    command.kind === 'removal'
  ) {
    add('case', command.caseId)
    if (command.kind === 'app-id') add('app', command.appId)
    if (command.kind === 'finalise') add('app', command.outcome.appId)
    return keys
  }
  if (command.kind === 'move-in') return moveInOwners(reader, command.data, add)
  const id = command.kind === 'save' ? command.record.id : command.recordId
  add(`record-${command.table}`, id)
  if (command.kind === 'delete') return keys
  const record = command.record
  if (command.table === 'miniPrograms') {
    const admin = typeof record.adminId === 'string' ? await reader.get('admins', record.adminId) : undefined
    add('id-card', admin?.idCardHash)
    add('mobile', admin?.mobileHash)
    add('subject', record.subjectId)
    add('account', record.viaAccountId)
    if (typeof record.email === 'string') add('email', emailKey(record.email))
  }
  if (command.table === 'associations') {
    add('account', record.officialAccountId)
    add('mini-program', record.miniProgramId)
  }
  if (command.table === 'admins') {
    add('id-card', record.idCardHash)
    add('mobile', record.mobileHash)
  }
  if (command.table === 'subjects' && typeof record.creditCode === 'string') {
    add('subject-code', record.creditCode.trim().toUpperCase())
  }
  if (
    (command.table === 'officialAccounts' || command.table === 'emails') &&
    typeof record.email === 'string'
  ) {
    add('email', emailKey(record.email))
  }
  return keys
}

/**
 * A move-in locks what every record it carries draws on, and the team's own subjects and accounts it will be
 * taken as (found by credit code and email), so no command running beside it counts without it.
 */
async function moveInOwners(
  reader: LedgerReader,
  data: Extract<Command, { kind: 'move-in' }>['data'],
  add: (kind: string, key: unknown) => void,
) {
  const keys: string[] = []
  const collect = (kind: string, key: unknown) => {
    add(kind, key)
    if (typeof key === 'string' && key !== '') keys.push(`${kind}:${key}`)
  }
  for (const [table, records] of Object.entries(data)) {
    for (const record of records) collect(`record-${table}`, record.id)
  }
  const admins = new Map(data.admins.map((admin) => [admin.id, admin]))
  for (const admin of data.admins) {
    collect('id-card', admin.idCardHash)
    collect('mobile', admin.mobileHash)
  }
  for (const mp of data.miniPrograms) {
    if (typeof mp.email === 'string') collect('email', emailKey(mp.email))
    collect('case', mp.caseId)
    collect('app', mp.appId)
    collect('subject', mp.subjectId)
    collect('account', mp.viaAccountId)
    const admin =
      typeof mp.adminId === 'string'
        ? (admins.get(mp.adminId) ?? (await reader.get('admins', mp.adminId)))
        : undefined
    collect('id-card', admin?.idCardHash)
    collect('mobile', admin?.mobileHash)
  }
  for (const subject of data.subjects) {
    collect('subject', subject.id)
    if (typeof subject.creditCode !== 'string') continue
    const code = subject.creditCode.trim().toUpperCase()
    collect('subject-code', code)
    for (const found of await findSubjectIds(reader, code)) collect('subject', found)
  }
  for (const account of [...data.officialAccounts, ...data.emails]) {
    if (typeof account.email !== 'string') continue
    collect('email', emailKey(account.email))
  }
  for (const account of data.officialAccounts) {
    collect('account', account.id)
    if (typeof account.email !== 'string') continue
    const [found] = await reader.find('officialAccounts', { email: emailKey(account.email) })
    collect('account', found?.id)
  }
  for (const link of data.associations) collect('account', link.officialAccountId)
  return keys
}

async function lockOwners(client: pg.ClientBase, teamId: string, owners: readonly string[]) {
  const sorted = [...new Set(owners)].sort()
  if (sorted.length === 0) return
  const kinds = sorted.map((owner) => owner.slice(0, owner.indexOf(':')))
  const keys = sorted.map((owner) => owner.slice(owner.indexOf(':') + 1))
  await client.query(
    `insert into quota_owners (team_id, kind, key)
     select $1, kind, key from unnest($2::text[], $3::text[]) as owner(kind, key)
     order by kind, key
     on conflict do nothing`,
    [teamId, kinds, keys],
  )
  await client.query(
    `select 1 from quota_owners
     where team_id = $1 and (kind, key) in (select * from unnest($2::text[], $3::text[]))
     order by kind, key
     for update`,
    [teamId, kinds, keys],
  )
}

const retryable = new Set(['40P01', '40001']) // deadlock detected, serialization failure

/**
 * Applies `command` for `actor` in one transaction, or returns what it answered the first time it was sent.
 * `now` is the server's clock: the date the quotas count by is its date in Asia/Shanghai.
 */
export async function runCommand(
  pool: pg.Pool,
  actor: Actor,
  command: Command,
  now: () => Date = () => new Date(),
): Promise<CommandResult & { replayed?: true }> {
  for (let attempt = 1; ; attempt += 1) {
    const client = await pool.connect()
    try {
      return await runOnce(client, actor, command, now)
    } catch (error) {
      await client.query('rollback').catch(() => undefined)
      const code = (error as { code?: string }).code
      if (code === '23505') return recordRefusal(pool, actor, command, duplicateOf(error))
      if (code && retryable.has(code) && attempt < 5) continue
      throw error
    } finally {
      client.release()
    }
  }
}

async function runOnce(client: pg.PoolClient, actor: Actor, command: Command, now: () => Date) {
  await client.query('begin')
  const claimed = await client.query(
    `insert into commands (team_id, id, user_id, kind) values ($1, $2, $3, $4)
     on conflict (team_id, id) do nothing returning id`,
    [actor.teamId, command.id, actor.userId, command.kind],
  )
  if (claimed.rowCount === 0) {
    const { rows } = await client.query<{ result: CommandResult }>(
      'select result from commands where team_id = $1 and id = $2',
      [actor.teamId, command.id],
    )
    await client.query('commit')
    return { ...rows[0]!.result, replayed: true as const }
  }
  const { rows: teams } = await client.query<{ rule_set: RuleSetId }>(
    'select rule_set from teams where id = $1',
    [actor.teamId],
  )
  const ruleSet = ruleSets[teams[0]?.rule_set ?? 'current']
  const store = pgStore(client, actor.teamId, now)
  await lockOwners(client, actor.teamId, await quotaOwners(store, command))
  await client.query('savepoint write')
  const outcome = await applyCommand(store, command, { ruleSet, today: shanghaiToday(now()) })
  let result: CommandResult
  if (outcome.ok) {
    const written = store.written()
    const revision = await stampRevision(client, actor.teamId, written)
    await audit(client, actor, command, written)
    const changes = written.map(({ table, id, after }) => ({ table, id, record: after }))
    result = { ok: true, revision, changes, findings: outcome.findings }
  } else {
    await client.query('rollback to savepoint write')
    result = {
      ...outcome,
      ...(outcome.issues ? { issues: outcome.issues.map(({ path, message }) => ({ path, message })) } : {}),
    }
  }
  await client.query('update commands set result = $3 where team_id = $1 and id = $2', [
    actor.teamId,
    command.id,
    JSON.stringify(result),
  ])
  await client.query('commit')
  return result
}

/** Takes the team's next revision (the team row stays locked until commit) and stamps the written records. */
async function stampRevision(client: pg.ClientBase, teamId: string, written: readonly Written[]) {
  const { rows } = await client.query<{ revision: number }>(
    'update teams set revision = revision + 1 where id = $1 returning revision',
    [teamId],
  )
  const revision = rows[0]!.revision
  if (written.length > 0) {
    await client.query(
      `update records set revision = $2
       where team_id = $1 and (tbl, id) in (select * from unnest($3::text[], $4::text[]))`,
      [teamId, revision, written.map((w) => w.table), written.map((w) => w.id)],
    )
  }
  return revision
}

async function audit(client: pg.ClientBase, actor: Actor, command: Command, written: readonly Written[]) {
  for (const entry of written) {
    await client.query(
      `insert into audit_log (team_id, user_id, action, tbl, record_id, before, after, command_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        actor.teamId,
        actor.userId,
        command.kind,
        entry.table,
        entry.id,
        entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === null ? null : JSON.stringify(entry.after),
        command.id,
      ],
    )
  }
}

/** The unique index a write ran into (two writers took the same value at once), as the record's field. */
function duplicateOf(error: unknown): string {
  const constraint = (error as { constraint?: string }).constraint ?? ''
  const fields: Record<string, string> = {
    records_oa_email: 'email',
    records_email: 'email',
    records_mp_case: 'caseId',
    records_mp_app: 'appId',
    records_link: 'officialAccountId+miniProgramId',
    records_admin: 'idCardHash+mobileHash',
    records_credit_code: 'creditCode',
  }
  return fields[constraint] ?? constraint
}

/** A command the database refused outright: recorded with its answer, so a replay answers the same. */
async function recordRefusal(pool: pg.Pool, actor: Actor, command: Command, field: string) {
  const result: CommandResult = {
    ok: false,
    reason: field === 'email' ? 'email-in-use' : 'duplicate',
    findings: [],
    field,
  }
  await pool.query(
    `insert into commands (team_id, id, user_id, kind, result) values ($1, $2, $3, $4, $5)
     on conflict (team_id, id) do nothing`,
    [actor.teamId, command.id, actor.userId, command.kind, JSON.stringify(result)],
  )
  return result
}
