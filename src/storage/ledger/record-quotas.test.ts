// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../../domain'
import {
  add,
  adminDraft,
  freshDb,
  miniProgramDraft,
  subjectsWithAccount,
} from '../../storage/ledger/test-support'
import { metersFor } from './meters'
import { quotaFindings } from './quota-guard'

const today = '2025-05-20'

describe('hand-made saves and the quotas', () => {
  it('refuse a 6th mini program on one ID card, but not moving a record that already counts', async () => {
    const db = freshDb()
    const admin = await add(db, 'admins', adminDraft('five'))
    const existing = []
    for (let n = 1; n <= 5; n += 1)
      existing.push(
        await add(db, 'miniPrograms', miniProgramDraft(`m${n}@example.com`, { adminId: admin.id })),
      )
    const sixth = miniProgramDraft('m6@example.com', { adminId: admin.id })
    const findings = await quotaFindings(db, 'miniPrograms', sixth, undefined, ruleSets.current, today)
    expect(findings.map((f) => [f.ruleId, f.severity, f.used, f.limit])).toEqual([
      ['ID_CARD_LIMIT', 'block', 5, 5],
      ['PHONE_LIMIT', 'block', 5, 5],
    ])
    const renamed = { ...existing[0]!, name: '改名的小程序' }
    expect(await quotaFindings(db, 'miniPrograms', renamed, existing[0], ruleSets.current, today)).toEqual([])
    expect(
      (await metersFor(db, 'admins', admin, ruleSets.current, today)).map((m) => [m.label, m.used, m.limit]),
    ).toEqual([
      ['ID_CARD_LIMIT', 5, 5],
      ['PHONE_LIMIT', 5, 5],
    ])
  })

  it('refuse an 11th same-subject association of an account, and show its meters', async () => {
    const db = freshDb()
    const { subject, account } = await subjectsWithAccount(db)
    for (let n = 1; n <= 10; n += 1) {
      const mp = await add(
        db,
        'miniPrograms',
        miniProgramDraft(`l${n}@example.com`, { subjectId: subject.id }),
      )
      const link = {
        officialAccountId: account.id,
        miniProgramId: mp.id,
        kind: 'same',
        linkedOn: '2025-04-01',
        month: '',
        byFastRegistration: false,
      } as const
      await add(db, 'associations', link)
    }
    const mp = await add(
      db,
      'miniPrograms',
      miniProgramDraft('eleven@example.com', { subjectId: subject.id }),
    )
    const draft = {
      officialAccountId: account.id,
      miniProgramId: mp.id,
      kind: 'same',
      linkedOn: today,
      byFastRegistration: false,
    }
    const findings = await quotaFindings(db, 'associations', draft, undefined, ruleSets.current, today)
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'OA_LINK_SAME', severity: 'block', used: 10, limit: 10 }),
    ])
    const meters = await metersFor(db, 'officialAccounts', account, ruleSets.current, today)
    expect(meters.map((m) => [m.label, m.used, m.limit])).toEqual([
      ['OA_LINK_SAME', 10, 10],
      ['OA_LINK_OTHER', 0, 3],
      ['OA_LINK_MONTHLY', 0, 13],
      ['FAST_REG_MONTHLY', 0, 5],
    ])
    const guide = await metersFor(db, 'officialAccounts', account, ruleSets.guide, today)
    expect(guide.find((m) => m.ruleId === 'FAST_REG_MONTHLY')).toMatchObject({ limit: null })
  })
})
