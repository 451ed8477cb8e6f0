// A team's ledger in PostgreSQL, as the domain's `LedgerStore`: the same save, delete and in-progress code as
// the browser's ledger runs over it, inside one transaction of the caller's.
import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import type { LedgerRecord, LedgerStore, RecordOf, TableName } from '../../src/domain/ledger/index.ts'

/**
 * The fields `find` may match on: each is covered by an index of the migrations (records_find_* and the
 * unique ones). Anything else is a programming error, refused before it reaches SQL.
 */
const findFields = new Set([
  'adminId',
  'subjectId',
  'idCardHash',
  'mobileHash',
  'officialAccountId',
  'month',
  'kind',
  'viaAccountId',
  'status',
  'name',
  'miniProgramId',
  'ownerId',
  'email',
  'caseId',
  'appId',
  'creditCode',
  'clientId',
])

/** One record written by a transaction: what it was before (null when new) and after (null when deleted). */
export interface Written {
  table: TableName
  id: string
  before: LedgerRecord | null
  after: LedgerRecord | null
}

export interface PgStore extends LedgerStore {
  /** Every record written so far, in the order first written; the same record once, with its latest state. */
  written(): Written[]
}

/**
 * The ledger of `teamId` through `client`, which must be inside a transaction. Writes go straight to the
 * `records` table with revision 0; the caller sets the revision at the end (`stampRevision`), under the team
 * row's lock, so revisions follow commit order.
 */
export function pgStore(client: pg.ClientBase, teamId: string, now: () => Date): PgStore {
  const writes = new Map<string, Written>()

  const before = async (table: TableName, id: string) => {
    const key = `${table}/${id}`
    const known = writes.get(key)
    if (known) return known
    const { rows } = await client.query<{ data: LedgerRecord; deleted: boolean }>(
      'select data, deleted from records where team_id = $1 and tbl = $2 and id = $3 for update',
      [teamId, table, id],
    )
    const row = rows[0]
    const entry: Written = { table, id, before: row && !row.deleted ? row.data : null, after: null }
    writes.set(key, entry)
    return entry
  }

  return {
    async get<K extends TableName>(table: K, id: string) {
      const { rows } = await client.query<{ data: RecordOf[K] }>(
        'select data from records where team_id = $1 and tbl = $2 and id = $3 and not deleted',
        [teamId, table, id],
      )
      return rows[0]?.data
    },

    async find<K extends TableName>(table: K, match: Readonly<Record<string, string>>) {
      const fields = Object.keys(match)
      if (fields.length === 0 || fields.some((field) => !findFields.has(field))) {
        throw new Error(`The ledger cannot look up ${table} by ${fields.join('+')}`)
      }
      const conditions = fields.map((field, i) => `data ->> '${field}' = $${i + 3}`).join(' and ')
      const { rows } = await client.query<{ data: RecordOf[K] }>(
        `select data from records where team_id = $1 and tbl = $2 and not deleted and ${conditions} order by id`,
        [teamId, table, ...Object.values(match)],
      )
      return rows.map((row) => row.data)
    },

    async put<K extends TableName>(table: K, record: RecordOf[K]) {
      const entry = await before(table, record.id)
      await client.query(
        `insert into records (team_id, tbl, id, version, revision, deleted, data)
         values ($1, $2, $3, $4, 0, false, $5)
         on conflict (team_id, tbl, id)
         do update set version = excluded.version, revision = 0, deleted = false, data = excluded.data`,
        [teamId, table, record.id, record.version, JSON.stringify(record)],
      )
      entry.after = record
    },

    async remove(table: TableName, id: string) {
      const entry = await before(table, id)
      await client.query(
        'update records set deleted = true, revision = 0 where team_id = $1 and tbl = $2 and id = $3',
        [teamId, table, id],
      )
      entry.after = null
    },

    now: () => now().toISOString(),
    newId: randomUUID,
    written: () => [...writes.values()].filter((entry) => entry.before !== null || entry.after !== null),
  }
}
