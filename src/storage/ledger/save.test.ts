// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { deleteRecord } from './delete'
import { saveRecord } from './save'
import {
  add,
  adminDraft,
  freshDb,
  miniProgramDraft,
  sampleCreditCode,
  subjectsWithAccount,
} from './test-support'

describe('saveRecord', () => {
  it('stamps a new record with an id, timestamps and version 1, and counts versions up', async () => {
    const db = freshDb()
    const client = await add(db, 'clients', { name: '示例代理客户' })
    expect(client).toMatchObject({ version: 1, name: '示例代理客户' })
    expect(client.createdAt).toBe(client.updatedAt)
    const changed = await saveRecord(db, 'clients', { ...client, name: '新名字' }, 1)
    expect(changed).toMatchObject({
      ok: true,
      record: { version: 2, name: '新名字', createdAt: client.createdAt },
    })
  })

  it('refuses a save against a record that changed meanwhile, and overwrites nothing', async () => {
    const db = freshDb()
    const client = await add(db, 'clients', { name: '甲' })
    await saveRecord(db, 'clients', { ...client, name: '乙（另一个标签页）' }, 1)
    const late = await saveRecord(db, 'clients', { ...client, name: '丙' }, 1)
    expect(late).toMatchObject({
      ok: false,
      reason: 'conflict',
      current: { name: '乙（另一个标签页）', version: 2 },
    })
    expect(await db.clients.get(client.id)).toMatchObject({ name: '乙（另一个标签页）' })
  })

  it('refuses a save against a record deleted meanwhile', async () => {
    const db = freshDb()
    const client = await add(db, 'clients', { name: '甲' })
    await deleteRecord(db, 'clients', client.id, 1)
    expect(await saveRecord(db, 'clients', { ...client, name: '乙' }, 1)).toMatchObject({
      reason: 'conflict',
    })
  })

  it('validates with the domain schemas and normalises what they normalise', async () => {
    const db = freshDb()
    const bad = await saveRecord(db, 'miniPrograms', miniProgramDraft('not-an-email'), null)
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' })
    const good = await saveRecord(db, 'miniPrograms', miniProgramDraft(' New@Example.COM '), null)
    expect(good).toMatchObject({ ok: true, record: { email: 'new@example.com' } })
  })

  it('takes the email of a mini program, and refuses a second one with it', async () => {
    const db = freshDb()
    const first = await add(db, 'miniPrograms', miniProgramDraft('a@example.com'))
    expect(await db.emails.where('email').equals('a@example.com').first()).toMatchObject({
      ownerId: first.id,
    })
    const second = await saveRecord(db, 'miniPrograms', miniProgramDraft('A@example.com'), null)
    expect(second).toEqual({ ok: false, reason: 'duplicate', field: 'email' })
    expect(await db.miniPrograms.count()).toBe(1)
  })

  it('moves the email row when a mini program changes its email', async () => {
    const db = freshDb()
    const mp = await add(db, 'miniPrograms', miniProgramDraft('old@example.com'))
    await saveRecord(db, 'miniPrograms', { ...mp, email: 'new@example.com' }, 1)
    expect(await db.emails.toArray()).toEqual([
      expect.objectContaining({ email: 'new@example.com', ownerId: mp.id }),
    ])
  })

  it('refuses a second subject with the same credit code', async () => {
    const db = freshDb()
    await add(db, 'subjects', { name: '甲公司', type: 'enterprise', creditCode: sampleCreditCode })
    const again = await saveRecord(
      db,
      'subjects',
      { name: '乙公司', type: 'enterprise', creditCode: sampleCreditCode },
      null,
    )
    expect(again).toEqual({ ok: false, reason: 'duplicate', field: 'creditCode' })
  })

  it('derives an association’s month and whether both ends share a subject', async () => {
    const db = freshDb()
    const { other, account } = await subjectsWithAccount(db)
    const mp = await add(db, 'miniPrograms', miniProgramDraft('m@example.com', { subjectId: other.id }))
    const link = await add(db, 'associations', {
      officialAccountId: account.id,
      miniProgramId: mp.id,
      kind: 'same',
      linkedOn: '2025-04-30',
      month: '',
      byFastRegistration: false,
    })
    expect(link).toMatchObject({ kind: 'other', month: '2025-04' })
  })
})

describe('deleteRecord', () => {
  it('takes a mini program’s associations, email and fees with it', async () => {
    const db = freshDb()
    const mp = await add(db, 'miniPrograms', miniProgramDraft('a@example.com'))
    await add(db, 'fees', {
      purpose: 'certification',
      amount: 300,
      invoice: 'requested',
      miniProgramId: mp.id,
    })
    expect(await deleteRecord(db, 'miniPrograms', mp.id, 1)).toEqual({ ok: true })
    expect([await db.emails.count(), await db.fees.count(), await db.miniPrograms.count()]).toEqual([0, 0, 0])
  })

  it('refuses to delete an admin still bound to a mini program, or a stale version', async () => {
    const db = freshDb()
    const admin = await add(db, 'admins', adminDraft('1'))
    await add(db, 'miniPrograms', miniProgramDraft('a@example.com', { adminId: admin.id }))
    expect(await deleteRecord(db, 'admins', admin.id, 1)).toEqual({
      ok: false,
      reason: 'in-use',
      by: 'miniPrograms',
      count: 1,
    })
    expect(await deleteRecord(db, 'admins', admin.id, 7)).toEqual({ ok: false, reason: 'conflict' })
    expect(await db.admins.count()).toBe(1)
  })
})
