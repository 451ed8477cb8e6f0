import { afterEach, describe, expect, it } from 'vitest'
import { setDemoModeForTests } from '../../platform/demo-mode'
import { seedDemoLedger, type DemoSeed } from './demo-seed'
import { add, fakeHash, freshDb, miniProgramDraft } from './test-support'
import { idCardMiniPrograms, phoneMiniPrograms, subjectMiniPrograms } from './usage'

const seed: DemoSeed = {
  subject: {
    name: '示例科技有限公司',
    type: 'enterprise',
    creditCode: '91350100M000100Y43',
    miniPrograms: 2,
  },
  admins: [
    {
      name: '示例管理员',
      idCardMasked: '110***********123X',
      idCardHash: fakeHash('id-demo'),
      mobileMasked: '138****8001',
      mobileHash: fakeHash('mo-other'),
      miniPrograms: 5,
    },
    {
      name: '另一位管理员',
      idCardMasked: '110***********456X',
      idCardHash: fakeHash('id-other'),
      mobileMasked: '138****8000',
      mobileHash: fakeHash('mo-demo'),
      miniPrograms: 3,
    },
  ],
  email: (n) => `demo-seed-${n}@example.com`,
  createdOn: '2026-11-02',
}

afterEach(() => setDemoModeForTests(false))

describe('seedDemoLedger', () => {
  it('fills the demo ledger with what the quota checks then count', async () => {
    setDemoModeForTests(true)
    const db = freshDb()
    await add(db, 'miniPrograms', miniProgramDraft('left-over@example.com'))
    expect(await seedDemoLedger(seed, db)).toEqual({ ok: true, miniPrograms: 10 })
    expect(await db.miniPrograms.count()).toBe(10)
    expect(await idCardMiniPrograms(db, fakeHash('id-demo'))).toBe(5)
    expect(await phoneMiniPrograms(db, fakeHash('mo-demo'))).toBe(3)
    const subject = await db.subjects.toCollection().first()
    expect(await subjectMiniPrograms(db, [subject!.id])).toBe(2)
    // Seeding again starts over: the same counts, not twice them.
    await seedDemoLedger(seed, db)
    expect(await db.miniPrograms.count()).toBe(10)
  })

  it('refuses, writing nothing, out of demo mode', async () => {
    const db = freshDb()
    await add(db, 'miniPrograms', miniProgramDraft('real@example.com'))
    expect(await seedDemoLedger(seed, db)).toEqual({ ok: false, reason: 'not-demo' })
    expect((await db.miniPrograms.toArray()).map((m) => m.email)).toEqual(['real@example.com'])
  })

  it('leaves the demo ledger as it was when a record is refused', async () => {
    setDemoModeForTests(true)
    const db = freshDb()
    await add(db, 'miniPrograms', miniProgramDraft('kept@example.com'))
    const broken = { ...seed, email: () => 'same@example.com' }
    expect(await seedDemoLedger(broken, db)).toEqual({ ok: false, reason: 'refused' })
    expect((await db.miniPrograms.toArray()).map((m) => m.email)).toEqual(['kept@example.com'])
  })
})
