import { afterAll, beforeAll } from 'vitest'
import { describeLedgerBehaviour } from '../../src/domain/ledger/behaviour.test-support.ts'
import type { RecordOf, TableName } from '../../src/domain/ledger/index.ts'
import { freshDatabase, type TestDatabase } from '../test/database.ts'
import { makeMember, makeTeam } from '../test/team-fixtures.ts'
import { runCommand } from './commands.ts'
import { pgStore } from './pg-store.ts'

// The team server's ledger: each command through runCommand (locks, the domain's write, revision, audit), read
// back from PostgreSQL. The same suite as the browser's ledger (src/storage/ledger/behaviour.test.ts).
let db: TestDatabase

beforeAll(async () => {
  db = await freshDatabase()
})
afterAll(async () => {
  await db?.drop()
})

describeLedgerBehaviour('team server, PostgreSQL', async () => {
  const { teamId } = await makeTeam(db.pool)
  const actor = await makeMember(db.pool, teamId)
  const read = async <T>(use: (store: ReturnType<typeof pgStore>) => Promise<T>) => {
    const client = await db.pool.connect()
    try {
      return await use(pgStore(client, teamId, () => new Date()))
    } finally {
      client.release()
    }
  }
  return {
    run: async (command) => {
      const result = await runCommand(db.pool, actor, command)
      if (!result.ok) return result
      const id = command.kind === 'save' ? command.record.id : undefined
      const record = result.changes.find(
        (change) =>
          command.kind === 'save' &&
          change.table === command.table &&
          (id === undefined || change.id === id) &&
          change.record,
      )?.record
      return { ok: true, findings: result.findings, ...(record ? { record } : {}) }
    },
    get: <K extends TableName>(table: K, id: string) => read((store) => store.get(table, id)),
    find: <K extends TableName>(table: K, match: Record<string, string>) =>
      read((store) => store.find(table, match)) as Promise<RecordOf[K][]>,
  }
})
