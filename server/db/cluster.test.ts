import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { createPool } from './pool.ts'
import { startCluster } from './cluster.ts'

describe('the test cluster', () => {
  it('answers on the URL the global setup provides, with int8 as a number', async () => {
    const pool = createPool(inject('databaseUrl'), 2)
    try {
      const { rows } = await pool.query(
        'select 1 as one, current_database() as db, count(*) as n from pg_class',
      )
      expect(rows[0]).toMatchObject({ one: 1, db: 'team' })
      expect(typeof rows[0].n).toBe('number')
      const app = await pool.query(
        'select application_name from pg_stat_activity where pid = pg_backend_pid()',
      )
      expect(app.rows[0].application_name).toBe('mp-wizard-team')
    } finally {
      await pool.end()
    }
  })
})

describe('startCluster', () => {
  it('reuses a running cluster, and stop() is harmless when it is already stopped', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'mp-team-'))
    // As root, the cluster runs as `postgres`, which must get through the 0700 folder mkdtemp made.
    if (process.getuid?.() === 0) await chmod(root, 0o755)
    const dir = path.join(root, 'data')
    try {
      const first = await startCluster({ dir })
      const again = await startCluster({ dir })
      expect(again.url).toBe(first.url)
      expect(first.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/team$/)

      const client = new pg.Client({ connectionString: again.url })
      await client.connect()
      const { rows } = await client.query('select 1 as one')
      await client.end()
      expect(rows).toEqual([{ one: 1 }])

      await first.stop()
      await expect(again.stop()).resolves.toBeUndefined()
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
