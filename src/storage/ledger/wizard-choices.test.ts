// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { add, adminDraft, freshDb, miniProgramDraft, subjectsWithAccount } from './test-support'
import { accountChoices, adminChoices, clientChoices, subjectChoices } from './wizard-choices'

describe('what the wizard can pick from the ledger', () => {
  it('lists clients by name', async () => {
    const db = freshDb()
    await add(db, 'clients', { name: '乙客户' })
    await add(db, 'clients', { name: '甲客户' })
    expect((await clientChoices(db)).map((c) => c.name)).toEqual(['甲客户', '乙客户'])
  })

  it('lists the subjects of one type, of one client when asked, each with its mini programs (SUBJECT_TOTAL)', async () => {
    const db = freshDb()
    const client = await add(db, 'clients', { name: '甲客户' })
    const { subject, other } = await subjectsWithAccount(db)
    const second = await add(db, 'subjects', { name: '丙公司', type: 'enterprise', clientId: client.id })
    await add(db, 'miniPrograms', miniProgramDraft('a@example.com', { subjectId: subject.id }))
    await add(
      db,
      'miniPrograms',
      miniProgramDraft('b@example.com', { subjectId: subject.id, status: 'in-progress' }),
    )
    await add(db, 'miniPrograms', miniProgramDraft('c@example.com', { subjectId: other.id }))

    const enterprises = await subjectChoices(db, { type: 'enterprise' })
    expect(enterprises.map((s) => [s.name, s.miniPrograms])).toEqual([
      ['丙公司', 0],
      ['甲公司', 2],
    ])
    expect(enterprises[1]).toMatchObject({ creditCode: subject.creditCode, type: 'enterprise' })
    expect(await subjectChoices(db, { type: 'enterprise', clientId: client.id })).toEqual([
      { id: second.id, name: '丙公司', type: 'enterprise', clientId: client.id, miniPrograms: 0 },
    ])
    expect((await subjectChoices(db, { type: 'individual' })).map((s) => s.name)).toEqual(['乙'])
  })

  it('lists only the official accounts of the subject with the credit code: a fast registration reuses its subject', async () => {
    const db = freshDb()
    const { subject, other, account } = await subjectsWithAccount(db)
    await add(db, 'officialAccounts', {
      name: '乙订阅号',
      subjectId: other.id,
      accountType: 'subscription',
      certified: false,
      email: 'other-oa@example.com',
    })
    expect(await accountChoices(db, subject.creditCode!.toLowerCase())).toEqual([
      {
        id: account.id,
        name: '甲公司服务号',
        accountType: 'service',
        certified: true,
        email: 'oa@example.com',
        subjectId: subject.id,
      },
    ])
    expect(await accountChoices(db, '91110000600037341L')).toEqual([])
  })

  it('lists admins masked, with the mini programs bound to their ID card and mobile (ID_CARD_LIMIT, PHONE_LIMIT)', async () => {
    const db = freshDb()
    const zhang = await add(db, 'admins', adminDraft('zhang'))
    await add(db, 'admins', adminDraft('li', '李四'))
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      await add(db, 'miniPrograms', miniProgramDraft(email, { adminId: zhang.id }))
    }
    const admins = await adminChoices(db)
    expect(admins.map((a) => [a.name, a.idCardMiniPrograms, a.phoneMiniPrograms])).toEqual([
      ['李四', 0, 0],
      ['张三', 3, 3],
    ])
    expect(admins[1]).toMatchObject({
      idCardMasked: '110***********123X',
      mobileMasked: '138****1234',
      idCardHash: zhang.idCardHash,
    })
    expect(JSON.stringify(admins)).not.toMatch(/\d{15}/)
  })
})
