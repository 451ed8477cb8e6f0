// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { LedgerDatabase, storesByVersion } from './db'
import { ledgerSchemaVersion, tablesOf, upgradeRecord } from './migrations'
import { fakeHash, freshDb } from './test-support'

const meta = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', version: 1 }

describe('upgradeRecord', () => {
  it('turns a version 1 mini program into a version 2 one', () => {
    const v1 = { id: 'm1', certified: true, email: 'a@example.com', ...meta }
    expect(upgradeRecord('miniPrograms', v1, 1)).toEqual({
      id: 'm1',
      email: 'a@example.com',
      certStatus: 'certified',
      waitingOn: [],
      ...meta,
    })
    expect(upgradeRecord('miniPrograms', { id: 'm2', certified: false }, 1)).toMatchObject({
      certStatus: 'none',
    })
  })

  it('leaves current records and tables without a step alone', () => {
    const record = { id: 's1', name: '示例', type: 'enterprise' }
    expect(upgradeRecord('subjects', record, 1)).toBe(record)
    const current = { id: 'm3', certStatus: 'pending', waitingOn: ['admin-scan'] }
    expect(upgradeRecord('miniPrograms', current, ledgerSchemaVersion)).toBe(current)
  })

  it('knows which tables each version has', () => {
    expect(tablesOf(1)).not.toContain('fees')
    expect(tablesOf(2)).toEqual(expect.arrayContaining(['clients', 'fees', 'miniPrograms']))
    expect(tablesOf(3)).toEqual(tablesOf(2))
  })
})

describe('the database upgrade', () => {
  it('opens a version 1 database as the current version with every record upgraded and the new tables empty', async () => {
    const name = freshDb().name
    const old = new LedgerDatabase(name, 1)
    await old.table('subjects').add({ id: 's1', name: '示例科技', type: 'enterprise', ...meta })
    await old.table('miniPrograms').add({
      id: 'm1',
      path: 'standalone',
      status: 'registered',
      certified: true,
      createdOn: '2025-01-01',
      email: 'a@example.com',
      subjectId: 's1',
      ...meta,
    })
    await old.table('admins').add({ id: 'a1', name: '张三', idCardHash: fakeHash('x'), ...meta })
    expect(old.verno).toBe(1)
    old.close()

    const db = new LedgerDatabase(name)
    await db.open()
    expect(db.verno).toBe(Math.max(...Object.keys(storesByVersion).map(Number)))
    expect(await db.miniPrograms.get('m1')).toMatchObject({ certStatus: 'certified', waitingOn: [] })
    expect(await db.miniPrograms.get('m1')).not.toHaveProperty('certified')
    expect(await db.subjects.get('s1')).toMatchObject({ name: '示例科技' })
    expect(await db.clients.count()).toBe(0)
    expect(await db.fees.count()).toBe(0)
    // The index version 2 adds works on upgraded records.
    expect(await db.miniPrograms.where('subjectId').equals('s1').count()).toBe(1)
    db.close()
  })

  it('opens a version 2 database as version 3 with every record kept, and indexes the release day', async () => {
    const name = freshDb().name
    const old = new LedgerDatabase(name, 2)
    const v2 = {
      id: 'm1',
      path: 'standalone',
      status: 'registered',
      certStatus: 'pending',
      createdOn: '2026-10-01',
      email: 'a@example.com',
      subjectId: 's1',
      waitingOn: ['platform-review'],
      ...meta,
    }
    await old.table('subjects').add({ id: 's1', name: '示例科技', type: 'enterprise', ...meta })
    await old.table('miniPrograms').add(v2)
    await old.table('fees').add({ id: 'f1', paidOn: '2026-10-02', miniProgramId: 'm1', ...meta })
    expect(old.verno).toBe(2)
    old.close()

    const db = new LedgerDatabase(name)
    await db.open()
    expect(db.verno).toBe(Math.max(...Object.keys(storesByVersion).map(Number)))
    expect(await db.miniPrograms.get('m1')).toEqual(v2)
    expect(await db.subjects.get('s1')).toMatchObject({ name: '示例科技' })
    expect(await db.fees.get('f1')).toMatchObject({ miniProgramId: 'm1' })
    await db.miniPrograms.update('m1', { publishing: { tasks: {}, releasedOn: '2026-11-30' } })
    expect(await db.miniPrograms.where('publishing.releasedOn').equals('2026-11-30').count()).toBe(1)
    db.close()
  })

  it('does not run the upgrade again on a database already at version 2', async () => {
    const db = freshDb()
    await db
      .table('miniPrograms')
      .add({ id: 'm1', certStatus: 'pending', waitingOn: ['admin-scan'], ...meta })
    db.close()
    const again = new LedgerDatabase(db.name)
    expect(await again.miniPrograms.get('m1')).toMatchObject({
      certStatus: 'pending',
      waitingOn: ['admin-scan'],
    })
    again.close()
  })
})
