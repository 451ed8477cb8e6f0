// Starts the team server: `npm run team:server`. With DATABASE_URL it uses that database (production); without
// it, a throwaway development cluster in .team-db/ (git-ignored), started on first use. Migrations run first.
// The API listens on 127.0.0.1:TEAM_PORT (8787 by default); put the built app and /api behind one origin
// (the README shows how), or use `npm run dev:team`, which serves both through Vite.
import path from 'node:path'
import { getConnInfo } from '@hono/node-server/conninfo'
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { startCluster } from './db/cluster.ts'
import { migrate } from './db/migrate.ts'
import { createPool } from './db/pool.ts'

export async function startTeamServer(port = Number(process.env.TEAM_PORT ?? 8787)) {
  const cluster = process.env.DATABASE_URL
    ? undefined
    : await startCluster({
        dir: path.resolve(process.env.TEAM_DB_DIR ?? '.team-db'),
        // A free port unless TEAM_DB_PORT names one; a cluster already running in the folder keeps its own.
        port: process.env.TEAM_DB_PORT ? Number(process.env.TEAM_DB_PORT) : undefined,
      })
  const url = process.env.DATABASE_URL ?? cluster!.url
  const pool = createPool(url)
  const applied = await migrate(pool)
  if (applied.length > 0) console.log(`Team server: applied migrations ${applied.join(', ')}`)
  const app = createApp({
    pool,
    secureCookies: process.env.TEAM_SECURE_COOKIES === '1',
    publicOrigin: process.env.TEAM_PUBLIC_ORIGIN,
    // Behind a reverse proxy every request comes from the proxy: with TEAM_TRUST_PROXY=1 the client's address is
    // the first X-Forwarded-For entry (set it only when the proxy writes that header itself).
    addressOf: (c) =>
      (process.env.TEAM_TRUST_PROXY === '1' && c.req.header('x-forwarded-for')?.split(',')[0]?.trim()) ||
      getConnInfo(c).remote.address ||
      'unknown',
  })
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port })
  console.log(
    `Team server: http://127.0.0.1:${port}/api (database ${cluster ? '.team-db, development' : 'DATABASE_URL'})`,
  )
  const stop = async () => {
    server.close()
    await pool.end()
    // The development cluster keeps running between starts only while the server does.
    await cluster?.stop()
  }
  return { stop, port }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { stop } = await startTeamServer()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0))
    })
  }
}
