// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { clearLedger } from './clear'
import { exportLedger, lastBackupAt, readAll } from './export-file'
import { applyImport, previewImport } from './import-apply'
import { maxImportBytes, parseLedgerFile } from './import-parse'
import { freshDb, memoryStorage, sampleLedger } from './test-support'
import { ledgerSchemaVersion } from './migrations'

async function exported(includeKey = true) {
  const db = freshDb()
  const storage = memoryStorage()
  await sampleLedger(db)
  const text = await exportLedger(db, { includeKey, storage })
  return { db, storage, text }
}

function parsed(text: string) {
  const result = parseLedgerFile(text, text.length)
  if (!result.ok) throw new Error(result.problems.join('\n'))
  return result.file
}

describe('export then import', () => {
  it('restores every record exactly after clearing the ledger', async () => {
    const { db, storage, text } = await exported()
    const before = await readAll(db)
    expect(await lastBackupAt(db)).toMatch(/^\d{4}-/)
    await clearLedger(db)
    const preview = await applyImport(db, parsed(text), 'replace', storage)
    expect(preview.problems).toEqual([])
    expect(preview.changes.miniPrograms).toEqual({ added: 1, changed: 0, unchanged: 0, removed: 0 })
    expect(await readAll(db)).toEqual(before)
  })

  it('previews a merge without writing, and keeps records only the ledger has', async () => {
    const { db, storage, text } = await exported()
    const file = parsed(text)
    file.tables.clients[0] = { ...file.tables.clients[0]!, name: '改过的客户', version: 2 }
    await db.clients.add({ ...file.tables.clients[0]!, id: 'local-only', name: '本地客户' })
    const preview = await previewImport(db, file, 'merge', storage)
    expect(preview.changes.clients).toEqual({ added: 0, changed: 1, unchanged: 0, removed: 0 })
    expect(preview.changes.subjects).toMatchObject({ unchanged: 1 })
    expect(await db.clients.get(file.tables.clients[0]!.id)).toMatchObject({ name: '示例客户' })
    await applyImport(db, file, 'merge', storage)
    expect((await db.clients.toArray()).map((c) => c.name).sort()).toEqual(['改过的客户', '本地客户'])
  })

  it('adopts the file’s identity key on another browser, and says when the file has none', async () => {
    const { text } = await exported(true)
    const elsewhere = freshDb()
    const otherBrowser = memoryStorage()
    const file = parsed(text)
    expect((await previewImport(elsewhere, file, 'replace', otherBrowser)).keyNote).toBe('adopt')
    await applyImport(elsewhere, file, 'replace', otherBrowser)
    expect(otherBrowser.getItem('mp-wizard.identity-key')).toBe(file.identityKey)
    const withoutKey = parsed((await exported(false)).text)
    expect(withoutKey.identityKey).toBeUndefined()
    expect((await previewImport(freshDb(), withoutKey, 'replace', memoryStorage())).keyNote).toBe('missing')
  })
})

describe('a bad import file', () => {
  it.each([
    ['not JSON', () => '{"format": "mp-wizard-ledger", ', /不是有效的 JSON/],
    ['another JSON file', () => '{"hello": 1}', /不是本工具导出的台账文件/],
    [
      'a __proto__ key',
      (t: string) => t.replace('"tables": {', '"tables": {"__proto__": {"x": 1},'),
      /__proto__/,
    ],
    ['a newer version', (t: string) => t.replace('"version": 3', '"version": 4'), /版本是 4/],
    [
      'a bad field',
      (t: string) => t.replace('"mp@example.com"', '"not an email"'),
      /第 1 条小程序记录（编号 .+）的「登录邮箱」：/,
    ],
    [
      'an unknown field',
      (t: string) => t.replace('"path": "standalone"', '"path": "standalone", "extra": 1'),
      /不认识的字段：extra/,
    ],
    [
      'a duplicate',
      (t: string) => t.replace('"elsewhere@example.com"', '"mp@example.com"'),
      /「邮箱」与第 \d 条重复/,
    ],
  ])('is refused: %s', async (_name, change, message) => {
    const { text } = await exported()
    const result = parseLedgerFile(change(text), 1000)
    const problems = result.ok
      ? (await previewImport(freshDb(), result.file, 'replace', memoryStorage())).problems
      : result.problems
    expect(problems.join('\n')).toMatch(message)
  })

  it('is refused when it is over 100 MB, before it is read', () => {
    expect(parseLedgerFile('not even looked at', maxImportBytes + 1)).toEqual({
      ok: false,
      problems: ['文件超过 100 MB，无法导入。'],
    })
  })

  it('changes nothing in the ledger when a reference is broken', async () => {
    const { db, storage, text } = await exported()
    const before = await readAll(db)
    const file = parsed(text)
    file.tables.miniPrograms[0] = { ...file.tables.miniPrograms[0]!, adminId: 'missing-admin' }
    const result = await applyImport(db, file, 'replace', storage)
    expect(result.problems).toEqual([expect.stringMatching(/「管理员」指向的管理员不存在/)])
    expect(await readAll(db)).toEqual(before)
  })

  it('reads a version 1 file by upgrading its records', async () => {
    const { text } = await exported()
    const v1 = JSON.parse(text)
    v1.version = 1
    delete v1.tables.clients
    delete v1.tables.fees
    v1.tables.subjects[0].clientId = undefined
    for (const mp of v1.tables.miniPrograms) {
      delete mp.certStatus
      delete mp.waitingOn
      mp.certified = true
    }
    const file = parsed(JSON.stringify(v1))
    expect(file.version).toBe(ledgerSchemaVersion)
    expect(file.tables.miniPrograms[0]).toMatchObject({ certStatus: 'certified', waitingOn: [] })
  })
})
