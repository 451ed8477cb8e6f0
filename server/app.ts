// The team server's HTTP API, under /api. Same origin only: the browser app is served from the same origin (or
// through Vite's proxy in development); no CORS is offered, state-changing requests must be JSON and, when the
// browser says where they come from, come from here. Sessions are HttpOnly SameSite=Strict cookies.
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { secureHeaders } from 'hono/secure-headers'
import type pg from 'pg'
import { z } from 'zod'
import {
  addMember,
  createFirstTeam,
  listMembers,
  removeMember,
  sessionFor,
  sessionHours,
  setRole,
  signIn,
  signOut,
  type Role,
  type Session,
} from './auth/accounts.ts'
import { newMemberSchema, setupSchema, signInSchema, teamRoles } from '../src/domain/team.ts'
import { addMessages } from '../src/i18n/index.ts'
import { team } from '../src/i18n/zh-CN/team.ts'
import { commandSchema, runCommand } from './ledger/commands.ts'
import { changesSince, readAudit } from './ledger/reads.ts'

export interface AppOptions {
  pool: pg.Pool
  /** The server's clock (tests pass a fixed one). */
  now?: () => Date
  /** The client's address, for the sign-in rate limit (the Node adapter's socket address in production). */
  addressOf?: (c: Context) => string
  /**
   * The origin the browser app is served from (https://team.example.com), when a reverse proxy does not pass
   * the Host header on; by default the request's own origin.
   */
  publicOrigin?: string
  /** Mark the session cookie Secure (behind HTTPS in production). */
  secureCookies?: boolean
}

// The domain's team schemas say their errors in Chinese from the 'team' catalog area.
addMessages('team', team)

export const sessionCookie = 'mp_team_session'

type Env = { Variables: { session: Session; token: string } }

/** The reasons a request is refused, as codes: the browser app says them in Chinese. */
const refuse = (c: Context, status: 400 | 401 | 403 | 404 | 409 | 429, reason: string, extra: object = {}) =>
  c.json({ ok: false, reason, ...extra }, status)

export function createApp(options: AppOptions) {
  const { pool } = options
  const now = options.now ?? (() => new Date())
  const addressOf = options.addressOf ?? (() => 'unknown')
  const app = new Hono<Env>().basePath('/api')

  app.use(secureHeaders({ referrerPolicy: 'no-referrer', crossOriginResourcePolicy: 'same-origin' }))
  // 1 MB a request; a ledger command up to 32 MB (an owner moving a whole solo ledger in).
  const small = bodyLimit({ maxSize: 1024 * 1024, onError: (c) => refuse(c, 400, 'too-large') })
  const large = bodyLimit({ maxSize: 32 * 1024 * 1024, onError: (c) => refuse(c, 400, 'too-large') })
  app.use((c, next) => (c.req.path === '/api/ledger/commands' ? large(c, next) : small(c, next)))
  app.use(async (c, next) => {
    c.header('Cache-Control', 'no-store')
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const origin = c.req.header('origin')
    const own = options.publicOrigin ?? new URL(c.req.url).origin
    if (origin !== undefined && origin !== own) return refuse(c, 403, 'cross-origin')
    const type = c.req.header('content-type') ?? ''
    // Only JSON: a cross-site form cannot send it without a preflight, which this server never answers.
    if (c.req.method !== 'DELETE' && !type.startsWith('application/json')) return refuse(c, 400, 'not-json')
    return next()
  })

  const body = async <T>(c: Context, schema: z.ZodType<T>) => {
    const json: unknown = await c.req.json().catch(() => undefined)
    return schema.safeParse(json)
  }
  const invalid = (c: Context, error: z.ZodError) =>
    refuse(c, 400, 'invalid', { issues: error.issues.map((i) => ({ path: i.path, message: i.message })) })

  const startSession = (c: Context, token: string) =>
    setCookie(c, sessionCookie, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: options.secureCookies ?? false,
      path: '/api',
      maxAge: sessionHours * 3600,
    })

  /** Signed in, and (when given) in one of these roles. */
  const member = (...allowed: Role[]) =>
    async function requireMember(c: Context<Env>, next: () => Promise<void>) {
      const token = getCookie(c, sessionCookie)
      const session = token ? await sessionFor(pool, token, now()) : undefined
      if (!token || !session) return refuse(c, 401, 'signed-out')
      if (allowed.length > 0 && !allowed.includes(session.role)) return refuse(c, 403, 'role')
      c.set('session', session)
      c.set('token', token)
      await next()
    }

  /** The member a path names; an id that is no UUID names nobody (and never reaches SQL). */
  const memberId = (c: Context) => {
    const id = z.uuid().safeParse(c.req.param('userId'))
    return id.success ? id.data : '00000000-0000-0000-0000-000000000000'
  }

  app.get('/health', (c) => c.json({ ok: true }))

  // The first visit sets the server up: a team and its owner. Afterwards members are added by an owner.
  app.get('/setup', async (c) => {
    const { rows } = await pool.query('select 1 from users limit 1')
    return c.json({ needed: rows.length === 0 })
  })
  app.post('/setup', async (c) => {
    const parsed = await body(c, setupSchema)
    if (!parsed.success) return invalid(c, parsed.error)
    const created = await createFirstTeam(pool, parsed.data)
    if (!created.ok) return refuse(c, 409, created.reason)
    const signedIn = await signIn(pool, parsed.data, addressOf(c), now())
    if (!signedIn.ok) return refuse(c, 401, signedIn.reason)
    startSession(c, signedIn.token)
    return c.json({ ok: true, session: signedIn.session })
  })

  app.post('/session', async (c) => {
    const parsed = await body(c, signInSchema)
    if (!parsed.success) return invalid(c, parsed.error)
    const result = await signIn(pool, parsed.data, addressOf(c), now())
    if (!result.ok && result.reason === 'rate-limited') {
      c.header('Retry-After', String(result.retryAfterSeconds))
      return refuse(c, 429, result.reason, { retryAfterSeconds: result.retryAfterSeconds })
    }
    if (!result.ok) return refuse(c, 401, result.reason)
    startSession(c, result.token)
    return c.json({ ok: true, session: result.session })
  })

  app.delete('/session', async (c) => {
    const token = getCookie(c, sessionCookie)
    if (token) await signOut(pool, token)
    deleteCookie(c, sessionCookie, { path: '/api' })
    return c.body(null, 204)
  })

  // Who is signed in here: null when nobody is (an answer, not a refusal, so a page can ask without an error).
  app.get('/session', async (c) => {
    const token = getCookie(c, sessionCookie)
    const session = token ? await sessionFor(pool, token, now()) : undefined
    return c.json({ ok: true, session: session ?? null })
  })

  app.get('/members', member(), async (c) =>
    c.json({ ok: true, members: await listMembers(pool, c.get('session').teamId) }),
  )
  app.post('/members', member('owner'), async (c) => {
    const parsed = await body(c, newMemberSchema)
    if (!parsed.success) return invalid(c, parsed.error)
    const result = await addMember(pool, c.get('session'), parsed.data)
    return result.ok ? c.json(result) : refuse(c, 409, result.reason)
  })
  app.patch('/members/:userId', member('owner'), async (c) => {
    const parsed = await body(c, z.strictObject({ role: z.enum(teamRoles) }))
    if (!parsed.success) return invalid(c, parsed.error)
    const result = await setRole(pool, c.get('session'), memberId(c), parsed.data.role)
    return result.ok ? c.json(result) : refuse(c, result.reason === 'not-found' ? 404 : 409, result.reason)
  })
  app.delete('/members/:userId', member('owner'), async (c) => {
    const result = await removeMember(pool, c.get('session'), memberId(c))
    return result.ok ? c.json(result) : refuse(c, result.reason === 'not-found' ? 404 : 409, result.reason)
  })

  // The team itself: its name, and the check value of its identity key (null until the owner's browser sets it).
  app.get('/team', member(), async (c) => {
    const { rows } = await pool.query<{ name: string; key_check: string | null }>(
      'select name, key_check from teams where id = $1',
      [c.get('session').teamId],
    )
    return c.json({ ok: true, name: rows[0]!.name, keyCheck: rows[0]!.key_check })
  })
  app.put('/team/key-check', member('owner'), async (c) => {
    const parsed = await body(c, z.strictObject({ keyCheck: z.string().regex(/^[0-9a-f]{64}$/) }))
    if (!parsed.success) return invalid(c, parsed.error)
    // Set once: a new key would make every hash already in the ledger unmatchable.
    const { rowCount } = await pool.query(
      'update teams set key_check = $2 where id = $1 and key_check is null',
      [c.get('session').teamId, parsed.data.keyCheck],
    )
    return rowCount === 1 ? c.json({ ok: true }) : refuse(c, 409, 'key-set')
  })

  const sinceSchema = z.coerce.number().int().min(0).catch(0)
  app.get('/ledger', member(), async (c) => {
    const since = sinceSchema.parse(c.req.query('since'))
    return c.json({ ok: true, ...(await changesSince(pool, c.get('session').teamId, since)) })
  })

  app.post('/ledger/commands', member('owner', 'operator'), async (c) => {
    const parsed = await body(c, commandSchema)
    if (!parsed.success) return invalid(c, parsed.error)
    const { teamId, userId, role } = c.get('session')
    if (parsed.data.kind === 'move-in' && role !== 'owner') return refuse(c, 403, 'role')
    return c.json(await runCommand(pool, { teamId, userId }, parsed.data, now))
  })

  app.get('/audit', member('owner'), async (c) => {
    const before = z.coerce.number().int().positive().optional().catch(undefined).parse(c.req.query('before'))
    return c.json({ ok: true, entries: await readAudit(pool, c.get('session').teamId, before) })
  })

  app.notFound((c) => refuse(c, 404, 'not-found'))
  app.onError((error, c) => {
    console.error('Team server error:', error)
    return c.json({ ok: false, reason: 'server-error' }, 500)
  })
  return app
}
