// @vitest-environment node
import { liveQuery } from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { tableNames } from '../../domain/ledger'
import { clearLedger } from './clear'
import { deleteRecord } from './delete'
import { exportLedger } from './export-file'
import { applyImport } from './import-apply'
import { parseLedgerFile } from './import-parse'
import { LedgerDatabase } from './db'
import { recordCounts } from './record-counts'
import { add, freshDb, memoryStorage, sampleLedger } from './test-support'

/** The kept counts beside what the tables really hold. */
async function keptAndReal(db: LedgerDatabase) {
  const kept = await recordCounts(db, tableNames)
  const real = await Promise.all(tableNames.map((table) => db.table(table).count()))
  return { kept, real }
}

async function expectCountsRight(db: LedgerDatabase) {
  const { kept, real } = await keptAndReal(db)
  expect(kept).toEqual(real)
  // Kept, not counted on the spot.
  const stored = await db.meta.bulkGet(tableNames.map((table) => `count:${table}`))
  expect(stored.map((entry) => Number(entry?.value))).toEqual(real)
}

describe('record counts', () => {
  it('follow every add, save, delete and clear', async () => {
    const db = freshDb()
    await expectCountsRight(db)
    await sampleLedger(db)
    await expectCountsRight(db)
    const client = await add(db, 'clients', { name: '甲' })
    await add(db, 'clients', { name: '乙' })
    await db.clients.put({ ...client, name: '甲（改）' })
    await expectCountsRight(db)
    expect(await deleteRecord(db, 'clients', client.id, 1)).toMatchObject({ ok: true })
    await db.clients.delete('no-such-id')
    await expectCountsRight(db)
    await db.clients.bulkPut([{ ...client }, { ...client }])
    await expectCountsRight(db)
    await clearLedger(db)
    expect(await recordCounts(db, tableNames)).toEqual(tableNames.map(() => 0))
    await add(db, 'clients', { name: '丙' })
    await expectCountsRight(db)
  })

  it('follow a refused add (a duplicate) and an import that replaces the ledger', async () => {
    const db = freshDb()
    await sampleLedger(db)
    const storage = memoryStorage()
    const text = await exportLedger(db, { includeKey: true, storage })
    const [first] = await db.subjects.toArray()
    await expect(db.subjects.add(first!)).rejects.toThrow()
    await expectCountsRight(db)
    const other = freshDb()
    await add(other, 'clients', { name: '丁' })
    const file = parseLedgerFile(text, text.length)
    if (!file.ok) throw new Error(file.problems.join('\n'))
    await applyImport(other, file.file, 'replace', storage)
    await expectCountsRight(other)
    expect(await keptAndReal(other)).toEqual(await keptAndReal(db))
  })

  it('are counted on open for a ledger that has none yet (one from before the counts)', async () => {
    const db = freshDb()
    await sampleLedger(db)
    await db.meta.bulkDelete(tableNames.map((table) => `count:${table}`))
    db.close()
    const reopened = new LedgerDatabase(db.name)
    await reopened.open()
    await expectCountsRight(reopened)
  })
})

describe('record counts, watched', () => {
  it('bring a live query the new count after a write', async () => {
    const db = freshDb()
    const seen: number[] = []
    const subscription = liveQuery(() => recordCounts(db, ['clients'])).subscribe((counts) =>
      seen.push(counts[0]!),
    )
    await vi.waitFor(() => expect(seen).toEqual([0]))
    await add(db, 'clients', { name: '甲' })
    await vi.waitFor(() => expect(seen.at(-1)).toBe(1))
    subscription.unsubscribe()
  })
})
