// Versioned schema migrations: server/db/migrations/NNN_name.sql, applied in name order, each at most once.
// Each file runs in its own transaction together with its row in schema_migrations, so a file is either
// applied and recorded or not at all. A file must therefore not contain its own BEGIN/COMMIT, nor statements
// that cannot run in a transaction (CREATE INDEX CONCURRENTLY, say).
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type pg from 'pg'

const defaultDir = new URL('./migrations/', import.meta.url)

/** pg_advisory_xact_lock key held while migrating, so two servers starting at once take turns. */
const lockKey = 727_001

const fileName = /^\d{3,}_[\w.-]+\.sql$/

/** Applies every migration not yet applied, in name order. Returns the names it applied. */
export async function migrate(pool: pg.Pool, dir: URL | string = defaultDir): Promise<string[]> {
  const folder = toPath(dir)
  const files = await migrationFiles(folder)
  const applied: string[] = []
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await inTransaction(client, async () => {
      await lock(client)
      await ensureTable(client)
    })
    const done = await appliedNames(client)
    for (const name of files) {
      if (done.has(name)) continue
      const sql = await readFile(path.join(folder, name), 'utf8')
      const ran = await inTransaction(client, async () => {
        await lock(client)
        // Another process may have applied it while we waited for the lock.
        const found = await client.query('select 1 from schema_migrations where name = $1', [name])
        if (found.rowCount !== 0) return false
        try {
          await client.query(sql)
        } catch (error) {
          throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error })
        }
        await client.query('insert into schema_migrations (name) values ($1)', [name])
        return true
      })
      if (ran) applied.push(name)
    }
  } catch (error) {
    // A connection that failed mid-transaction is discarded rather than returned to the pool.
    broken = error as Error
    throw error
  } finally {
    client.release(broken)
  }
  return applied
}

/** Which migrations the database has, and which files it does not have yet. */
export async function migrationStatus(
  pool: pg.Pool,
  dir: URL | string = defaultDir,
): Promise<{ applied: string[]; pending: string[] }> {
  const files = await migrationFiles(toPath(dir))
  const table = await pool.query<{ name: string | null }>(
    "select to_regclass('schema_migrations')::text as name",
  )
  const done = new Set<string>()
  if (table.rows[0]?.name) {
    const rows = await pool.query<{ name: string }>('select name from schema_migrations order by name')
    for (const row of rows.rows) done.add(row.name)
  }
  return { applied: [...done].sort(), pending: files.filter((name) => !done.has(name)) }
}

/** The migration files in `folder`, sorted by name; a .sql file that is not NNN_name.sql is an error. */
async function migrationFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder)
  const sql = entries.filter((name) => name.endsWith('.sql')).sort()
  const misnamed = sql.filter((name) => !fileName.test(name))
  if (misnamed.length > 0)
    throw new Error(`Migration files must be named NNN_name.sql: ${misnamed.join(', ')} in ${folder}`)
  const numbers = sql.map((name) => name.slice(0, name.indexOf('_')))
  const twice = numbers.filter((number, index) => numbers.indexOf(number) !== index)
  if (twice.length > 0)
    throw new Error(`Two migrations share the number ${[...new Set(twice)].join(', ')} in ${folder}`)
  return sql
}

async function appliedNames(client: pg.PoolClient): Promise<Set<string>> {
  const rows = await client.query<{ name: string }>('select name from schema_migrations')
  return new Set(rows.rows.map((row) => row.name))
}

async function ensureTable(client: pg.PoolClient) {
  await client.query(
    `create table if not exists schema_migrations (
       name text primary key,
       applied_at timestamptz not null default now()
     )`,
  )
}

async function lock(client: pg.PoolClient) {
  await client.query('select pg_advisory_xact_lock($1)', [lockKey])
}

async function inTransaction<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('begin')
  try {
    const result = await work()
    await client.query('commit')
    return result
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  }
}

function toPath(dir: URL | string): string {
  return dir instanceof URL ? fileURLToPath(dir) : dir
}
