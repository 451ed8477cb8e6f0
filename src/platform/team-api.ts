import type { CommandOutcome, LedgerCommand, LedgerRecord, TableName } from '../domain/ledger'
import type { AuditEntry, TeamMember, TeamRole, TeamSession } from '../domain/team'

export type { AuditEntry, TeamMember, TeamSession } from '../domain/team'

// The team server's API, same origin (/api), JSON both ways, the session in an HttpOnly cookie the browser
// keeps. Nothing here runs unless a team page asks: solo use of the app makes no request at all.

/**
 * A call's outcome. `no-server`: nothing answers /api as the team server would (the app is served alone);
 * `offline`: the request did not get through; otherwise the server's own reason (`signed-out`, `role`,
 * `wrong-credentials`, `rate-limited`, `invalid`, …) with its HTTP status.
 */
export type TeamResult<T> =
  | ({ ok: true } & T)
  | {
      ok: false
      reason: string
      status: number
      retryAfterSeconds?: number
      issues?: { path: (string | number)[]; message: string }[]
    }

/** One record as the team's ledger has it now (`record` null: deleted). */
export interface TeamChange {
  table: TableName
  id: string
  record: LedgerRecord | null
}

export interface PulledChanges {
  revision: number
  more: boolean
  changes: TeamChange[]
}

async function call<T>(method: string, path: string, body?: unknown): Promise<TeamResult<T>> {
  let response: Response
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    return { ok: false, reason: 'offline', status: 0 }
  }
  if (response.status === 204) return { ok: true } as TeamResult<T>
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('application/json')) return { ok: false, reason: 'no-server', status: response.status }
  const json = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined
  if (!json || typeof json !== 'object') return { ok: false, reason: 'no-server', status: response.status }
  if (response.ok && json.ok !== false) return { ...json, ok: true } as TeamResult<T>
  return {
    ...json,
    ok: false,
    reason: String(json.reason ?? 'server-error'),
    status: response.status,
  } as TeamResult<T>
}

export const teamApi = {
  setupNeeded: () => call<{ needed: boolean }>('GET', '/setup'),
  setup: (input: { teamName: string; email: string; password: string }) =>
    call<{ session: TeamSession }>('POST', '/setup', input),
  signIn: (input: { email: string; password: string }) =>
    call<{ session: TeamSession }>('POST', '/session', input),
  signOut: () => call<object>('DELETE', '/session'),
  /** Who is signed in in this browser: `session` null when nobody is. */
  session: () => call<{ session: TeamSession | null }>('GET', '/session'),
  members: () => call<{ members: TeamMember[] }>('GET', '/members'),
  addMember: (input: { email: string; password: string; role: TeamRole }) =>
    call<{ userId: string }>('POST', '/members', input),
  setRole: (userId: string, role: TeamRole) =>
    call<object>('PATCH', `/members/${encodeURIComponent(userId)}`, { role }),
  removeMember: (userId: string) => call<object>('DELETE', `/members/${encodeURIComponent(userId)}`),
  /** The team's name and its key's check value (null until the owner set it). */
  team: () => call<{ name: string; keyCheck: string | null }>('GET', '/team'),
  setKeyCheck: (keyCheck: string) => call<object>('PUT', '/team/key-check', { keyCheck }),
  /** The ledger's records changed after revision `since` (a page; `more`: ask again from `revision`). */
  pull: (since: number) => call<PulledChanges>('GET', `/ledger?since=${since}`),
  /** Applies a ledger command: ok with the changes it made, or refused (`ok` false, status 200) with why. */
  command: (command: LedgerCommand) =>
    call<{ revision: number; changes: TeamChange[]; findings: CommandOutcome['findings'] }>(
      'POST',
      '/ledger/commands',
      command,
    ),
  audit: (before?: number) =>
    call<{ entries: AuditEntry[] }>('GET', `/audit${before ? `?before=${before}` : ''}`),
}
