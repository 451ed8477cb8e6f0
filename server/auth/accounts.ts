// Teams, their members and sessions. Errors a user can cause come back as values ({ ok: false, reason }).
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type pg from 'pg'
import type { TeamMember, TeamRole, TeamSession } from '../../src/domain/team.ts'
import { hashPassword, unusableHash, verifyPassword } from './password.ts'

/** 所有者 (manages members, reads the audit log), 经办人 (registers and edits), 只读 (views). */
export type Role = TeamRole

/** An email and a password, as the domain's team schemas give them (the email trimmed and in lower case). */
export type Credentials = { email: string; password: string }

export type Session = TeamSession

/** Sessions last 12 hours; signing out, or being removed from the team, ends them at once. */
export const sessionHours = 12

// Sign-in limits: after 5 failures for one email, or 30 from one address, within 15 minutes, wait.
const failureWindowMinutes = 15
const limits = { email: 5, address: 30 }

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex')

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('begin')
    const result = await work(client)
    await client.query('commit')
    return result
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/** Writes an audit row for a change to the team itself (members, roles), in the caller's transaction. */
async function auditTeam(
  client: pg.ClientBase,
  teamId: string,
  userId: string | null,
  action: string,
  before: unknown,
  after: unknown,
) {
  await client.query(
    `insert into audit_log (team_id, user_id, action, tbl, record_id, before, after)
     values ($1, $2, $3, 'members', $4, $5, $6)`,
    [
      teamId,
      userId,
      action,
      ((after ?? before) as { userId?: string } | null)?.userId ?? null,
      before === null ? null : JSON.stringify(before),
      after === null ? null : JSON.stringify(after),
    ],
  )
}

/**
 * The first team on this server, with its owner. Refused once any user exists: later members are added by an
 * owner, never by signing up.
 */
export async function createFirstTeam(
  pool: pg.Pool,
  input: { teamName: string } & Credentials,
): Promise<{ ok: true; teamId: string; userId: string } | { ok: false; reason: 'already-set-up' }> {
  const passwordHash = await hashPassword(input.password)
  return inTransaction(pool, async (client) => {
    // One setup at a time: two first visitors cannot both become owners.
    await client.query('lock table users in share row exclusive mode')
    const { rows } = await client.query('select 1 from users limit 1')
    if (rows.length > 0) return { ok: false as const, reason: 'already-set-up' as const }
    const teamId = randomUUID()
    const userId = randomUUID()
    await client.query('insert into teams (id, name) values ($1, $2)', [teamId, input.teamName])
    await client.query('insert into users (id, email, password_hash) values ($1, $2, $3)', [
      userId,
      input.email,
      passwordHash,
    ])
    await client.query(`insert into members (team_id, user_id, role) values ($1, $2, 'owner')`, [
      teamId,
      userId,
    ])
    await auditTeam(client, teamId, userId, 'member-added', null, {
      userId,
      email: input.email,
      role: 'owner',
    })
    return { ok: true as const, teamId, userId }
  })
}

/** An owner adds a member with a first password (the owner hands it over; the member changes it). */
export async function addMember(
  pool: pg.Pool,
  owner: Session,
  input: Credentials & { role: Role },
): Promise<{ ok: true; userId: string } | { ok: false; reason: 'email-taken' }> {
  const passwordHash = await hashPassword(input.password)
  return inTransaction(pool, async (client) => {
    const userId = randomUUID()
    const inserted = await client.query(
      'insert into users (id, email, password_hash) values ($1, $2, $3) on conflict (email) do nothing',
      [userId, input.email, passwordHash],
    )
    if (inserted.rowCount === 0) return { ok: false as const, reason: 'email-taken' as const }
    await client.query('insert into members (team_id, user_id, role) values ($1, $2, $3)', [
      owner.teamId,
      userId,
      input.role,
    ])
    const after = { userId, email: input.email, role: input.role }
    await auditTeam(client, owner.teamId, owner.userId, 'member-added', null, after)
    return { ok: true as const, userId }
  })
}

export type Member = TeamMember

export async function listMembers(pool: pg.Pool, teamId: string): Promise<Member[]> {
  const { rows } = await pool.query<{ user_id: string; email: string; role: Role; added_at: Date }>(
    `select m.user_id, u.email, m.role, m.added_at from members m join users u on u.id = m.user_id
     where m.team_id = $1 order by m.added_at, u.email`,
    [teamId],
  )
  return rows.map((row) => ({
    userId: row.user_id,
    email: row.email,
    role: row.role,
    addedAt: row.added_at.toISOString(),
  }))
}

type MemberChange = { ok: true } | { ok: false; reason: 'not-found' | 'last-owner' }

/** Changes a member's role; the team always keeps an owner. */
export async function setRole(
  pool: pg.Pool,
  owner: Session,
  userId: string,
  role: Role,
): Promise<MemberChange> {
  return changeMember(pool, owner, userId, role)
}

/** Removes a member: their sessions end in the same transaction, so their next request is refused. */
export async function removeMember(pool: pg.Pool, owner: Session, userId: string): Promise<MemberChange> {
  return changeMember(pool, owner, userId, null)
}

async function changeMember(pool: pg.Pool, owner: Session, userId: string, role: Role | null) {
  return inTransaction(pool, async (client): Promise<MemberChange> => {
    // The team's members, locked: two owners demoting each other at once cannot leave the team without one.
    const { rows } = await client.query<{ user_id: string; role: Role; email: string }>(
      `select m.user_id, m.role, u.email from members m join users u on u.id = m.user_id
       where m.team_id = $1 order by m.user_id for update of m`,
      [owner.teamId],
    )
    const member = rows.find((row) => row.user_id === userId)
    if (!member) return { ok: false, reason: 'not-found' }
    const owners = rows.filter((row) => row.role === 'owner').length
    if (member.role === 'owner' && role !== 'owner' && owners === 1)
      return { ok: false, reason: 'last-owner' }
    const before = { userId, email: member.email, role: member.role }
    if (role === null) {
      await client.query('delete from members where team_id = $1 and user_id = $2', [owner.teamId, userId])
      await client.query('delete from sessions where team_id = $1 and user_id = $2', [owner.teamId, userId])
      await auditTeam(client, owner.teamId, owner.userId, 'member-removed', before, null)
    } else {
      await client.query('update members set role = $3 where team_id = $1 and user_id = $2', [
        owner.teamId,
        userId,
        role,
      ])
      await auditTeam(client, owner.teamId, owner.userId, 'role-changed', before, { ...before, role })
    }
    return { ok: true }
  })
}

export type SignInResult =
  | { ok: true; token: string; session: Session }
  | { ok: false; reason: 'wrong-credentials' }
  | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number }

/**
 * Checks an email and password and opens a session. Failures are counted by email and by client address; past
 * the limit, sign-in is refused (even with the right password) until the window has passed.
 */
export async function signIn(
  pool: pg.Pool,
  credentials: Credentials,
  address: string,
  now: Date = new Date(),
): Promise<SignInResult> {
  const keys = [`email:${credentials.email}`, `address:${address}`]
  const since = new Date(now.getTime() - failureWindowMinutes * 60_000)
  await pool.query('delete from sign_in_failures where at < $1', [since])
  const { rows: failures } = await pool.query<{ key: string; count: number; first: Date }>(
    `select key, count(*)::int as count, min(at) as first from sign_in_failures
     where key = any($1) and at >= $2 group by key`,
    [keys, since],
  )
  for (const failure of failures) {
    const limit = failure.key.startsWith('email:') ? limits.email : limits.address
    if (failure.count >= limit) {
      const until = failure.first.getTime() + failureWindowMinutes * 60_000
      return {
        ok: false,
        reason: 'rate-limited',
        retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)),
      }
    }
  }
  const { rows } = await pool.query<{ id: string; password_hash: string; team_id: string; role: Role }>(
    `select u.id, u.password_hash, m.team_id, m.role from users u join members m on m.user_id = u.id
     where u.email = $1 order by m.added_at limit 1`,
    [credentials.email],
  )
  const user = rows[0]
  const matches = await verifyPassword(credentials.password, user?.password_hash ?? unusableHash)
  if (!user || !matches) {
    await pool.query('insert into sign_in_failures (key, at) select unnest($1::text[]), $2', [keys, now])
    return { ok: false, reason: 'wrong-credentials' }
  }
  const token = randomBytes(32).toString('base64url')
  const expires = new Date(now.getTime() + sessionHours * 3_600_000)
  await pool.query(
    'insert into sessions (token_hash, user_id, team_id, expires_at) values ($1, $2, $3, $4)',
    [sha256(token), user.id, user.team_id, expires],
  )
  return {
    ok: true,
    token,
    session: { userId: user.id, teamId: user.team_id, email: credentials.email, role: user.role },
  }
}

/** The session a cookie's token opens, while it is unexpired and its user is still a member. */
export async function sessionFor(
  pool: pg.Pool,
  token: string,
  now: Date = new Date(),
): Promise<Session | undefined> {
  const { rows } = await pool.query<{ user_id: string; team_id: string; email: string; role: Role }>(
    `select s.user_id, s.team_id, u.email, m.role from sessions s
     join members m on m.team_id = s.team_id and m.user_id = s.user_id
     join users u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > $2`,
    [sha256(token), now],
  )
  const row = rows[0]
  return row && { userId: row.user_id, teamId: row.team_id, email: row.email, role: row.role }
}

export async function signOut(pool: pg.Pool, token: string): Promise<void> {
  await pool.query('delete from sessions where token_hash = $1', [sha256(token)])
}
