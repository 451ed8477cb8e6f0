// Teams, members and ledger records for the server's tests, written straight to the database.
import { createHash, randomUUID } from 'node:crypto'
import type pg from 'pg'
import { runCommand, type Actor, type Command, type CommandResult } from '../ledger/commands.ts'

export async function makeTeam(pool: pg.Pool, name = '测试团队'): Promise<{ teamId: string }> {
  const teamId = randomUUID()
  await pool.query('insert into teams (id, name) values ($1, $2)', [teamId, name])
  return { teamId }
}

/** A member of the team, with a password hash no one can match (these tests do not sign in). */
export async function makeMember(pool: pg.Pool, teamId: string, role = 'operator'): Promise<Actor> {
  const userId = randomUUID()
  await pool.query(`insert into users (id, email, password_hash) values ($1, $2, 'none')`, [
    userId,
    `${userId.slice(0, 8)}@example.com`,
  ])
  await pool.query('insert into members (team_id, user_id, role) values ($1, $2, $3)', [teamId, userId, role])
  return { teamId, userId }
}

/** A 64-character hex keyed hash standing in for an ID card's or mobile's. */
export function fakeHash(seed: string): string {
  return createHash('sha256').update(seed).digest('hex')
}

let sequence = 0
export const newCommandId = () => `cmd-${randomUUID()}-${(sequence += 1)}`

export function save(
  table: Extract<Command, { kind: 'save' }>['table'],
  record: Record<string, unknown>,
  expectedVersion: number | null = null,
): Command {
  return { kind: 'save', id: newCommandId(), table, record, expectedVersion }
}

/** Runs a command that must succeed, and returns the record it wrote to `table`. */
export async function added(
  pool: pg.Pool,
  actor: Actor,
  command: Command,
  table = (command as { table?: string }).table,
) {
  const result = await runCommand(pool, actor, command)
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`)
  const change = result.changes.find((c) => c.table === table && c.record !== null)
  return change!.record as Record<string, unknown> & { id: string; version: number }
}

export function adminRecord(seed: { idCard: string; mobile: string }) {
  return {
    name: '张三',
    idCardMasked: '110***********123X',
    idCardHash: fakeHash(`id:${seed.idCard}`),
    mobileMasked: '138****1234',
    mobileHash: fakeHash(`mobile:${seed.mobile}`),
  }
}

export function miniProgramRecord(email: string, extra: Record<string, unknown> = {}) {
  return {
    path: 'standalone',
    status: 'registered',
    certStatus: 'none',
    createdOn: '2026-11-02',
    email,
    waitingOn: [],
    ...extra,
  }
}

export const ok = (results: readonly CommandResult[]) => results.filter((result) => result.ok).length
