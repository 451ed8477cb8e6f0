import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, type TestDatabase } from '../test/database.ts'
import { migrate, migrationStatus } from './migrate.ts'

let folder: string
const databases: TestDatabase[] = []

/** An empty database (no migrations), dropped after the file. */
async function empty(): Promise<TestDatabase> {
  const database = await freshDatabase({ migrations: false })
  databases.push(database)
  return database
}

/** A migrations folder with the given files. */
async function migrations(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(folder, 'migrations-'))
  for (const [name, sql] of Object.entries(files)) await writeFile(path.join(dir, name), sql)
  return dir
}

const two = {
  '001_notes.sql': 'create table notes (id bigint primary key, body text not null);',
  '002_tags.sql': "create table tags (name text primary key);\ninsert into tags values ('first');",
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'mp-team-migrations-'))
})

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()))
  await rm(folder, { recursive: true, force: true })
})

describe('migrate', () => {
  it('applies each migration once, in name order', async () => {
    const { pool } = await empty()
    const dir = await migrations(two)

    expect(await migrationStatus(pool, dir)).toEqual({
      applied: [],
      pending: ['001_notes.sql', '002_tags.sql'],
    })
    expect(await migrate(pool, dir)).toEqual(['001_notes.sql', '002_tags.sql'])
    expect(await migrate(pool, dir)).toEqual([])
    expect(await migrationStatus(pool, dir)).toEqual({
      applied: ['001_notes.sql', '002_tags.sql'],
      pending: [],
    })

    const { rows } = await pool.query('select name from tags')
    expect(rows).toEqual([{ name: 'first' }])
  })

  it('applies a file added later, and only that one', async () => {
    const { pool } = await empty()
    const dir = await migrations(two)
    await migrate(pool, dir)
    await writeFile(path.join(dir, '003_more.sql'), "insert into tags values ('third');")

    expect(await migrate(pool, dir)).toEqual(['003_more.sql'])
    const { rows } = await pool.query('select count(*) as n from tags')
    expect(rows).toEqual([{ n: 2 }])
  })

  it('applies each file exactly once when two servers migrate at the same time', async () => {
    const { pool } = await empty()
    const dir = await migrations(two)

    const [a, b] = await Promise.all([migrate(pool, dir), migrate(pool, dir)])
    expect([...a, ...b].sort()).toEqual(['001_notes.sql', '002_tags.sql'])
    const { rows } = await pool.query('select name from schema_migrations order by name')
    expect(rows.map((row) => row.name)).toEqual(['001_notes.sql', '002_tags.sql'])
    expect((await pool.query('select count(*) as n from tags')).rows).toEqual([{ n: 1 }])
  })

  it('rolls back a failing file and names it in the error', async () => {
    const { pool } = await empty()
    const dir = await migrations({
      ...two,
      '003_broken.sql': 'create table broken (id int);\nselect * from no_such_table;',
    })

    await expect(migrate(pool, dir)).rejects.toThrow(/003_broken\.sql.*no_such_table/)
    const status = await migrationStatus(pool, dir)
    expect(status).toEqual({ applied: ['001_notes.sql', '002_tags.sql'], pending: ['003_broken.sql'] })
    const broken = await pool.query("select to_regclass('broken') as name")
    expect(broken.rows).toEqual([{ name: null }])
  })

  it('refuses a .sql file that is not named NNN_name.sql', async () => {
    const { pool } = await empty()
    const dir = await migrations({ ...two, 'extra.sql': 'select 1;' })
    await expect(migrate(pool, dir)).rejects.toThrow(/NNN_name\.sql: extra\.sql/)
  })
})
