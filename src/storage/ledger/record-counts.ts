import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTransaction, Dexie, Middleware } from 'dexie'
import { tableNames, type TableName } from '../../domain/ledger'

// How many records each table holds, kept in `meta` beside them. IndexedDB's count() walks the whole store
// (in Chromium, about half a second for 100,000 mini programs), and the ledger's front page and every list
// show a table's count, so the count is kept up to date by every write instead: a DBCore middleware, below
// every way Dexie writes (add, put, delete, clear, modify, an upgrade), adds the change to the count in the
// write's own transaction. A count missing (a new ledger, one from before the counts, a cleared `meta`) is
// counted once, on the next open or the next write; until then a reader counts the table itself.

const counted = new Set<string>(tableNames)
const countKey = (table: string) => `count:${table}`

/** The keys a write names: given outright, or read off its values by the primary key. */
function keysOf(core: DBCore, table: string, request: DBCoreMutateRequest): unknown[] {
  if (request.type === 'deleteRange') return []
  if ('keys' in request && request.keys) return request.keys
  if (request.type === 'add' || request.type === 'put') {
    const { extractKey } = core.table(table).schema.primaryKey
    return request.values.map((value) => extractKey?.(value))
  }
  return []
}

/** How many of `keys` (each once) are in the table now. */
async function present(core: DBCore, table: string, trans: DBCoreTransaction, keys: unknown[]) {
  const unique = [...new Set(keys)]
  const found = await core.table(table).getMany({ trans, keys: unique })
  return found.filter((value) => value !== undefined).length
}

// DBCoreRangeType.Any (a const enum, which isolated modules cannot read).
const everyKey = { type: 3, lower: undefined, upper: undefined } as DBCoreKeyRange

function countAll(core: DBCore, table: string, trans: DBCoreTransaction) {
  const { primaryKey } = core.table(table).schema
  return core.table(table).count({ trans, query: { index: primaryKey, range: everyKey } })
}

async function writeCount(core: DBCore, trans: DBCoreTransaction, table: string, count: number) {
  await core
    .table('meta')
    .mutate({ type: 'put', trans, values: [{ key: countKey(table), value: String(count) }] })
}

/** The middleware: every read-write transaction on a counted table also writes `meta`. */
export const recordCountsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RecordCounts',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.some((store) => counted.has(store)) && !stores.includes('meta')
          ? [...stores, 'meta']
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name)
      if (!counted.has(name)) return table
      return {
        ...table,
        mutate: async (request) => {
          const { trans } = request
          const keys = keysOf(down, name, request)
          const before =
            request.type === 'deleteRange'
              ? await table.count({ trans, query: { index: table.schema.primaryKey, range: request.range } })
              : request.type === 'add'
                ? 0
                : await present(down, name, trans, keys)
          const result = await table.mutate(request)
          const stored = await down.table('meta').get({ trans, key: countKey(name) })
          let count: number
          if (stored === undefined || result.numFailures > 0) count = await countAll(down, name, trans)
          else if (request.type === 'deleteRange' || request.type === 'delete') {
            count = Number((stored as { value: string }).value) - before
          } else {
            // Nothing failed, so every key written is there now.
            count = Number((stored as { value: string }).value) + new Set(keys).size - before
          }
          await writeCount(down, trans, name, count)
          return result
        },
      }
    },
  }),
}

/** On open: counts what has no count yet (a new ledger, one from before the counts). */
export async function countMissing(db: Dexie): Promise<void> {
  const tables = db.tables.filter((table) => counted.has(table.name))
  const stored = await db.table('meta').bulkGet(tables.map((table) => countKey(table.name)))
  const missing = tables.filter((_, i) => stored[i] === undefined)
  if (missing.length === 0) return
  await db.transaction('rw', [...missing, db.table('meta')], async () => {
    for (const table of missing) {
      await db.table('meta').put({ key: countKey(table.name), value: String(await table.count()) })
    }
  })
}

/** How many records each of `tables` holds, from the kept counts (counting a table itself only if its is missing). */
export async function recordCounts(db: Dexie, tables: readonly TableName[]): Promise<number[]> {
  const stored = (await db.table('meta').bulkGet(tables.map(countKey))) as ({ value: string } | undefined)[]
  return Promise.all(
    tables.map((table, i) => {
      const entry = stored[i]
      return entry === undefined ? db.table(table).count() : Number(entry.value)
    }),
  )
}
