// Load on the team server over loopback: N operators (10, 50, 200) each sending quota-taking commands (a new
// mini program bound to one of the team's admins) back to back for a fixed time, through HTTP, against a
// throwaway PostgreSQL cluster. Prints commands per second, p50/p95 latency, applied and refused, and how many
// admins ended over ID_CARD_LIMIT (must be 0). It prints figures; it does not pass or fail. Run with tsx.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { requireRuleValue } from '../src/domain/rules/rule-set.ts'
import { ruleSets } from '../src/domain/rules/rule-sets.ts'
import { createApp, sessionCookie } from '../server/app.ts'
import { startCluster } from '../server/db/cluster.ts'
import { migrate } from '../server/db/migrate.ts'
import { createPool } from '../server/db/pool.ts'

const seconds = Number(process.env.TEAM_LOAD_SECONDS ?? 5)
const operatorCounts = [10, 50, 200]
const adminsPerTeam = 100
const hash = (text: string) => createHash('sha256').update(text).digest('hex')

const root = mkdtempSync(join(tmpdir(), 'mp-team-bench-'))
if (process.getuid?.() === 0) chmodSync(root, 0o755)
const cluster = await startCluster({ dir: join(root, 'data') })
const pool = createPool(cluster.url, 20)
await migrate(pool)
const app = createApp({ pool })
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
await new Promise((resolve) => server.once('listening', resolve))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`

/** A team with `n` operators signed in (sessions written directly: sign-in's scrypt is not what is measured). */
async function team(n: number) {
  const teamId = randomUUID()
  await pool.query('insert into teams (id, name) values ($1, $2)', [teamId, `负载 ${n}`])
  const cookies: string[] = []
  for (let i = 0; i < n; i += 1) {
    const userId = randomUUID()
    const token = randomBytes(32).toString('base64url')
    await pool.query(`insert into users (id, email, password_hash) values ($1, $2, 'none')`, [
      userId,
      `op${i}-${teamId.slice(0, 8)}@example.com`,
    ])
    await pool.query(`insert into members (team_id, user_id, role) values ($1, $2, 'operator')`, [
      teamId,
      userId,
    ])
    await pool.query(
      `insert into sessions (token_hash, user_id, team_id, expires_at) values ($1, $2, $3, now() + interval '1 hour')`,
      [hash(token), userId, teamId],
    )
    cookies.push(`${sessionCookie}=${token}`)
  }
  return { teamId, cookies }
}

async function send(cookie: string, command: object) {
  const response = await fetch(`${base}/ledger/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(command),
  })
  return (await response.json()) as { ok: boolean; changes?: { table: string; id: string }[] }
}

const command = (table: string, record: object) => ({
  kind: 'save',
  id: randomUUID(),
  table,
  record,
  expectedVersion: null,
})

const { limit } = requireRuleValue(ruleSets.current, 'ID_CARD_LIMIT')
console.log(
  `team server under load (loopback HTTP, PostgreSQL ${cluster.url.split('@')[1]}, pool of 20, ${seconds} s per row):`,
)
console.log(
  '  operators  commands  per second   p50 ms   p95 ms  applied  refused  admins over ID_CARD_LIMIT',
)
for (const n of operatorCounts) {
  const { teamId, cookies } = await team(n)
  const admins: string[] = []
  for (let i = 0; i < adminsPerTeam; i += 1) {
    const result = await send(
      cookies[0]!,
      command('admins', {
        name: '张三',
        idCardMasked: '110***********123X',
        idCardHash: hash(`id ${teamId} ${i}`),
        mobileMasked: '138****1234',
        mobileHash: hash(`mobile ${teamId} ${i}`),
      }),
    )
    admins.push(result.changes!.find((change) => change.table === 'admins')!.id)
  }
  const latencies: number[] = []
  let applied = 0
  let refused = 0
  let sequence = 0
  const until = performance.now() + seconds * 1000
  await Promise.all(
    cookies.map(async (cookie, operator) => {
      while (performance.now() < until) {
        const adminId = admins[(operator * 7 + sequence++) % adminsPerTeam]
        const record = {
          path: 'standalone',
          status: 'registered',
          certStatus: 'none',
          createdOn: '2026-11-20',
          email: `load-${sequence}-${operator}-${teamId.slice(0, 8)}@example.com`,
          waitingOn: [],
          adminId,
        }
        const started = performance.now()
        const result = await send(cookie, command('miniPrograms', record))
        latencies.push(performance.now() - started)
        if (result.ok) applied += 1
        else refused += 1
      }
    }),
  )
  const { rows } = await pool.query<{ over: number }>(
    `select count(*)::int as over from (
       select data ->> 'adminId' as admin, count(*) from records
       where team_id = $1 and tbl = 'miniPrograms' and not deleted group by 1 having count(*) > $2) as full_admins`,
    [teamId, limit],
  )
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!
  console.log(
    [
      String(n).padStart(11),
      String(latencies.length).padStart(9),
      (latencies.length / seconds).toFixed(0).padStart(11),
      at(0.5).toFixed(1).padStart(8),
      at(0.95).toFixed(1).padStart(8),
      String(applied).padStart(8),
      String(refused).padStart(8),
      String(rows[0]!.over).padStart(26),
    ].join(' '),
  )
}

server.close()
await pool.end()
await cluster.stop()
rmSync(root, { recursive: true, force: true })
