// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../../domain'
import { saveCheckedRecord } from './checked-save'
import {
  add,
  adminDraft,
  freshDb,
  linkMiniPrograms,
  miniProgramDraft,
  subjectsWithAccount,
} from './test-support'

const today = '2025-05-20'
const rules = { ruleSet: ruleSets.current, today }

describe('hand-made saves checked against the quotas in their own transaction', () => {
  it('refuse a 6th mini program on one ID card, writing nothing, but not renaming one that already counts', async () => {
    const db = freshDb()
    const admin = await add(db, 'admins', adminDraft('five'))
    const existing = []
    for (let n = 1; n <= 5; n += 1) {
      existing.push(
        await add(db, 'miniPrograms', miniProgramDraft(`m${n}@example.com`, { adminId: admin.id })),
      )
    }
    const sixth = await saveCheckedRecord(
      db,
      'miniPrograms',
      miniProgramDraft('m6@example.com', { adminId: admin.id }),
      null,
      rules,
    )
    expect(sixth.ok).toBe(false)
    expect(sixth.findings.map((f) => [f.ruleId, f.severity, f.used, f.limit])).toEqual([
      ['ID_CARD_LIMIT', 'block', 5, 5],
      ['PHONE_LIMIT', 'block', 5, 5],
    ])
    expect(await db.miniPrograms.count()).toBe(5)
    expect(await db.emails.where('email').equals('m6@example.com').count()).toBe(0)

    const first = existing[0]!
    const renamed = await saveCheckedRecord(
      db,
      'miniPrograms',
      { ...first, name: '改名后的名称' },
      first.version,
      rules,
    )
    expect(renamed).toMatchObject({ ok: true, findings: [] })
    expect((await db.miniPrograms.get(first.id))?.name).toBe('改名后的名称')
  })

  it('take the last room with a warning, and refuse the next one', async () => {
    const db = freshDb()
    const admin = await add(db, 'admins', adminDraft('four'))
    for (let n = 1; n <= 4; n += 1) {
      await add(db, 'miniPrograms', miniProgramDraft(`f${n}@example.com`, { adminId: admin.id }))
    }
    const fifth = await saveCheckedRecord(
      db,
      'miniPrograms',
      miniProgramDraft('f5@example.com', { adminId: admin.id }),
      null,
      rules,
    )
    expect(fifth.ok).toBe(true)
    expect(fifth.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['ID_CARD_LIMIT', 'warn'],
      ['PHONE_LIMIT', 'warn'],
    ])
    const sixth = await saveCheckedRecord(
      db,
      'miniPrograms',
      miniProgramDraft('f6@example.com', { adminId: admin.id }),
      null,
      rules,
    )
    expect(sixth).toMatchObject({ ok: false, reason: 'quota' })
  })

  it('two saves racing for the last room: exactly one wins', async () => {
    const db = freshDb()
    const admin = await add(db, 'admins', adminDraft('race'))
    for (let n = 1; n <= 4; n += 1) {
      await add(db, 'miniPrograms', miniProgramDraft(`r${n}@example.com`, { adminId: admin.id }))
    }
    const [a, b] = await Promise.all(
      ['ra@example.com', 'rb@example.com'].map((email) =>
        saveCheckedRecord(db, 'miniPrograms', miniProgramDraft(email, { adminId: admin.id }), null, rules),
      ),
    )
    expect([a!.ok, b!.ok].sort()).toEqual([false, true])
    expect(await db.miniPrograms.count()).toBe(5)
  })

  it('refuse an 11th same-subject association of an account', async () => {
    const db = freshDb()
    const { subject, account } = await subjectsWithAccount(db)
    await linkMiniPrograms(db, { subject, account }, 10, () => '2025-04-01')
    const mp = await add(
      db,
      'miniPrograms',
      miniProgramDraft('eleven@example.com', { subjectId: subject.id }),
    )
    const link = {
      officialAccountId: account.id,
      miniProgramId: mp.id,
      kind: 'same',
      linkedOn: today,
      month: '',
      byFastRegistration: false,
    } as const
    const result = await saveCheckedRecord(db, 'associations', link, null, rules)
    expect(result).toMatchObject({ ok: false, reason: 'quota' })
    expect(result.findings).toEqual([
      expect.objectContaining({ ruleId: 'OA_LINK_SAME', severity: 'block', used: 10, limit: 10 }),
    ])
    expect(await db.associations.count()).toBe(10)
  })
})
