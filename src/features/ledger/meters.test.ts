// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../../domain'
import {
  add,
  adminDraft,
  freshDb,
  linkMiniPrograms,
  miniProgramDraft,
  subjectsWithAccount,
} from '../../storage/ledger/test-support'
import { metersFor } from './meters'

const today = '2025-05-20'
const shown = (meters: Awaited<ReturnType<typeof metersFor>>) => meters.map((m) => [m.label, m.used, m.limit])

describe('the ledger quota meters, measured by the domain', () => {
  it('show an admin ID card and mobile bound to five mini programs as full', async () => {
    const db = freshDb()
    const admin = await add(db, 'admins', adminDraft('five'))
    for (let n = 1; n <= 5; n += 1) {
      await add(db, 'miniPrograms', miniProgramDraft(`m${n}@example.com`, { adminId: admin.id }))
    }
    expect(shown(await metersFor(db, 'admins', admin, ruleSets.current, today))).toEqual([
      ['ID_CARD_LIMIT', 5, 5],
      ['PHONE_LIMIT', 5, 5],
    ])
  })

  it("show an account's associations by subject and month under each rule set", async () => {
    const db = freshDb()
    const { subject, account } = await subjectsWithAccount(db)
    // Ten associations, two of them this month.
    await linkMiniPrograms(db, { subject, account }, 10, (n) => (n <= 2 ? '2025-05-03' : '2025-04-01'))
    expect(shown(await metersFor(db, 'officialAccounts', account, ruleSets.current, today))).toEqual([
      ['OA_LINK_SAME', 10, 10],
      ['OA_LINK_OTHER', 0, 3],
      ['OA_LINK_MONTHLY', 2, 13],
      ['FAST_REG_MONTHLY', 0, 5],
    ])
    // The guide splits the month by subject and does not state the fast-registration limit.
    expect(shown(await metersFor(db, 'officialAccounts', account, ruleSets.guide, today))).toEqual([
      ['OA_LINK_SAME', 10, 10],
      ['OA_LINK_OTHER', 0, 3],
      ['OA_LINK_MONTHLY_SAME', 2, 10],
      ['OA_LINK_MONTHLY_OTHER', 0, 3],
      ['FAST_REG_MONTHLY', 0, null],
    ])
  })
})
