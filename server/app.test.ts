// The team server's HTTP API, as a browser uses it: set-up, sign-in and its limit, roles, removal, the ledger's
// commands and pulls, the audit log, and requests from elsewhere refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, sessionCookie } from './app.ts'
import { freshDatabase, type TestDatabase } from './test/database.ts'
import { newCommandId } from './test/team-fixtures.ts'

const origin = 'http://team.test'
let clock = new Date('2026-11-20T04:00:00Z')
let db: TestDatabase
let app: ReturnType<typeof createApp>

beforeAll(async () => {
  db = await freshDatabase()
  app = createApp({ pool: db.pool, now: () => clock, addressOf: () => '192.0.2.1' })
})
afterAll(async () => {
  await db?.drop()
})

/** A browser: it keeps the session cookie the server sets, and sends it back. */
function browser() {
  let cookie: string | undefined
  const send = async (method: string, path: string, json?: unknown, headers: Record<string, string> = {}) => {
    const response = await app.request(`${origin}/api${path}`, {
      method,
      headers: {
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    })
    const set = response.headers.get('set-cookie')
    if (set?.startsWith(`${sessionCookie}=`)) cookie = set.split(';')[0]
    const text = await response.text()
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined }
  }
  return { send, signIn: (email: string, password: string) => send('POST', '/session', { email, password }) }
}

const ownerPassword = 'correct horse battery'
const owner = browser()

describe('setting up and signing in', () => {
  it('the first visit creates the team and its owner, signed in with an HttpOnly, SameSite=Strict cookie', async () => {
    expect((await owner.send('GET', '/setup')).body).toEqual({ needed: true })
    const setup = await owner.send('POST', '/setup', {
      teamName: '星河代理',
      email: 'Owner@Example.com',
      password: ownerPassword,
    })
    expect(setup.status).toBe(200)
    expect(setup.body.session).toMatchObject({ email: 'owner@example.com', role: 'owner' })
    const cookie = setup.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(cookie).toMatch(/Path=\/api/)
    expect((await owner.send('GET', '/session')).body.session.role).toBe('owner')
    expect((await browser().send('GET', '/session')).body).toEqual({ ok: true, session: null })
    // Nobody can set the server up a second time.
    const again = await browser().send('POST', '/setup', {
      teamName: 'x',
      email: 'x@example.com',
      password: ownerPassword,
    })
    expect(again).toMatchObject({ status: 409, body: { reason: 'already-set-up' } })
    expect((await owner.send('GET', '/setup')).body).toEqual({ needed: false })
  })

  it('keeps only a scrypt hash of the password, and only a hash of the session token', async () => {
    const { rows } = await db.pool.query('select password_hash from users')
    expect(rows[0].password_hash).toMatch(/^scrypt\$/)
    expect(rows[0].password_hash).not.toContain(ownerPassword)
    const { rows: sessions } = await db.pool.query('select token_hash from sessions')
    expect(sessions[0].token_hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses a wrong password, then every attempt for that email after five failures, until 15 minutes pass', async () => {
    const guesser = browser()
    for (let i = 0; i < 5; i += 1) {
      expect(await guesser.signIn('owner@example.com', `wrong password ${i}`)).toMatchObject({
        status: 401,
        body: { reason: 'wrong-credentials' },
      })
    }
    const limited = await guesser.signIn('owner@example.com', ownerPassword)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    clock = new Date(clock.getTime() + 16 * 60_000)
    expect((await guesser.signIn('owner@example.com', ownerPassword)).status).toBe(200)
  })

  it('an unknown email is refused the same way as a wrong password', async () => {
    expect(await browser().signIn('nobody@example.com', ownerPassword)).toMatchObject({
      status: 401,
      body: { reason: 'wrong-credentials' },
    })
  })
})

describe('roles', () => {
  const operator = browser()
  const viewer = browser()
  let operatorId = ''

  it('an owner adds an operator (经办人) and a viewer (只读); they sign in with their first password', async () => {
    const added = await owner.send('POST', '/members', {
      email: 'op@example.com',
      password: 'first password 1',
      role: 'operator',
    })
    expect(added.status).toBe(200)
    operatorId = added.body.userId
    await owner.send('POST', '/members', {
      email: 'view@example.com',
      password: 'first password 2',
      role: 'viewer',
    })
    expect((await operator.signIn('op@example.com', 'first password 1')).status).toBe(200)
    expect((await viewer.signIn('view@example.com', 'first password 2')).status).toBe(200)
    const members = (await viewer.send('GET', '/members')).body.members
    expect(members.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      ['owner@example.com', 'owner'],
      ['op@example.com', 'operator'],
      ['view@example.com', 'viewer'],
    ])
  })

  it('only an owner manages members and reads the audit log', async () => {
    expect(
      await operator.send('POST', '/members', {
        email: 'x@example.com',
        password: 'whatever 12345',
        role: 'owner',
      }),
    ).toMatchObject({ status: 403, body: { reason: 'role' } })
    expect((await operator.send('GET', '/audit')).status).toBe(403)
    expect((await owner.send('GET', '/audit')).status).toBe(200)
  })

  it('an operator writes to the ledger; a viewer reads it and is refused a write', async () => {
    const command = {
      kind: 'save',
      id: newCommandId(),
      table: 'clients',
      record: { name: '客户甲' },
      expectedVersion: null,
    }
    const written = await operator.send('POST', '/ledger/commands', command)
    expect(written.body).toMatchObject({ ok: true })
    const refused = await viewer.send('POST', '/ledger/commands', { ...command, id: newCommandId() })
    expect(refused).toMatchObject({ status: 403, body: { reason: 'role' } })
    const pulled = await viewer.send('GET', '/ledger?since=0')
    expect(pulled.body.changes.map((c: { record: { name: string } }) => c.record.name)).toEqual(['客户甲'])
    expect(pulled.body.revision).toBe(written.body.revision)
    expect((await viewer.send('GET', `/ledger?since=${pulled.body.revision}`)).body.changes).toEqual([])
  })

  it("the team key's check value is set once, by an owner; every member reads it, with the team's name", async () => {
    const check = 'ab'.repeat(32)
    expect((await operator.send('PUT', '/team/key-check', { keyCheck: check })).status).toBe(403)
    expect((await viewer.send('GET', '/team')).body).toEqual({ ok: true, name: '星河代理', keyCheck: null })
    expect((await owner.send('PUT', '/team/key-check', { keyCheck: 'not hex' })).status).toBe(400)
    expect((await owner.send('PUT', '/team/key-check', { keyCheck: check })).body).toEqual({ ok: true })
    // A second key would leave every hash already in the ledger unmatchable.
    expect(await owner.send('PUT', '/team/key-check', { keyCheck: 'cd'.repeat(32) })).toMatchObject({
      status: 409,
      body: { reason: 'key-set' },
    })
    expect((await operator.send('GET', '/team')).body.keyCheck).toBe(check)
  })

  it('a command that is not one is refused as invalid, and nothing is written', async () => {
    const bad = await operator.send('POST', '/ledger/commands', {
      kind: 'save',
      id: 'x',
      table: 'nope',
      record: {},
    })
    expect(bad).toMatchObject({ status: 400, body: { reason: 'invalid' } })
  })

  it('removing a member ends their session at once, and the owner sees it in the audit log', async () => {
    expect((await operator.send('GET', '/session')).body.session.email).toBe('op@example.com')
    expect((await owner.send('DELETE', `/members/${operatorId}`)).status).toBe(200)
    expect((await operator.send('GET', '/session')).body.session).toBeNull()
    expect(await operator.send('GET', '/members')).toMatchObject({
      status: 401,
      body: { reason: 'signed-out' },
    })
    const audit = (await owner.send('GET', '/audit')).body.entries
    expect(audit[0]).toMatchObject({ action: 'member-removed', userEmail: 'owner@example.com', after: null })
    expect(audit.map((entry: { action: string }) => entry.action)).toContain('save')
  })

  it('the team always keeps an owner', async () => {
    const me = (await owner.send('GET', '/session')).body.session.userId
    expect(await owner.send('PATCH', `/members/${me}`, { role: 'viewer' })).toMatchObject({
      status: 409,
      body: { reason: 'last-owner' },
    })
  })
})

describe('requests from elsewhere', () => {
  it('refuses a write from another origin, and one that is not JSON', async () => {
    const crossSite = await owner.send('POST', '/members', {}, { origin: 'https://evil.example' })
    expect(crossSite).toMatchObject({ status: 403, body: { reason: 'cross-origin' } })
    const form = await app.request(`${origin}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a&password=b',
    })
    expect(form.status).toBe(400)
  })

  it('says nothing to a signed-out visitor but that they are signed out', async () => {
    expect(await browser().send('GET', '/ledger')).toMatchObject({
      status: 401,
      body: { reason: 'signed-out' },
    })
    expect(await browser().send('GET', '/members')).toMatchObject({ status: 401 })
  })
})
