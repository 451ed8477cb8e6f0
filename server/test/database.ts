// A database of its own for each test file, on the cluster the global setup started.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { migrate } from '../db/migrate.ts'
import { createPool } from '../db/pool.ts'

export interface TestDatabase {
  pool: pg.Pool
  url: string
  /** Closes the pool and drops the database (again: does nothing). */
  drop(): Promise<void>
}

/**
 * Creates a uniquely named database (t_<random>) and migrates it: with the real migrations in
 * server/db/migrations by default, with those in `migrations` if given, or none at all if `false`.
 * Call it in beforeAll and `drop` in afterAll.
 */
export async function freshDatabase(
  options: { migrations?: URL | string | false; max?: number } = {},
): Promise<TestDatabase> {
  const base = inject('databaseUrl')
  const name = `t_${randomBytes(8).toString('hex')}`
  await admin(base, `create database ${name}`)

  const address = new URL(base)
  address.pathname = `/${name}`
  const url = address.toString()
  const pool = createPool(url, options.max ?? 10)

  let dropped = false
  const drop = async () => {
    if (dropped) return
    dropped = true
    await pool.end()
    // FORCE: a connection a test leaked must not keep the database alive.
    await admin(base, `drop database if exists ${name} with (force)`)
  }

  if (options.migrations !== false) {
    try {
      await migrate(pool, options.migrations)
    } catch (error) {
      await drop()
      throw error
    }
  }
  return { pool, url, drop }
}

/** Runs one statement (CREATE/DROP DATABASE cannot run in a transaction) on its own connection. */
async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
