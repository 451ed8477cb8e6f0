// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { miniProgramsNamedIn } from './name-query'
import { add, enterpriseMiniProgram, freshDb, miniProgramDraft } from './test-support'

// The ledger's mini programs whose name reads as a given one: the wizard warns of a name already used
// (rule: MP_NAME — unique on the platform). Names compare as sameMiniProgramName does (case, full-width aside).

describe('mini programs of the ledger with the same name', () => {
  it('finds them whatever their case, width or spacing, with their subject and status', async () => {
    const db = freshDb()
    const { miniProgram: shop } = await enterpriseMiniProgram(db, 'Demo Shop')
    await add(db, 'miniPrograms', miniProgramDraft('b@example.com', { name: '示例排队助手' }))
    await add(db, 'miniPrograms', miniProgramDraft('c@example.com'))

    expect(await miniProgramsNamedIn(db, 'ｄｅｍｏ  shop ')).toEqual([
      { id: shop.id, name: 'Demo Shop', status: 'registered', subjectName: '甲公司' },
    ])
    expect(await miniProgramsNamedIn(db, '示例预约助手')).toEqual([])
  })

  it("leaves out the registration's own record, and keeps another registration's", async () => {
    const db = freshDb()
    await add(
      db,
      'miniPrograms',
      miniProgramDraft('a@example.com', { name: '示例预约助手', caseId: 'case-a', status: 'in-progress' }),
    )
    const other = await add(
      db,
      'miniPrograms',
      miniProgramDraft('b@example.com', { name: '示例预约助手', caseId: 'case-b' }),
    )
    expect(await miniProgramsNamedIn(db, '示例预约助手', { exceptCaseId: 'case-a' })).toEqual([
      { id: other.id, name: '示例预约助手', status: 'registered', caseId: 'case-b' },
    ])
  })
})
