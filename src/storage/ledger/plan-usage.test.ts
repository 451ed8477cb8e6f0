// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { PlannedRow } from '../../domain'
import { planProgress, planUsage } from './plan-usage'
import {
  add,
  adminDraft,
  fakeHash,
  freshDb,
  miniProgramDraft,
  sampleCreditCode,
  subjectsWithAccount,
} from './test-support'

const today = '2026-12-01'

function row(n: number, over: Partial<PlannedRow> = {}): PlannedRow {
  return {
    row: n,
    subjectName: '甲公司',
    creditCode: sampleCreditCode,
    subjectType: 'enterprise',
    path: 'standalone',
    officialAccount: null,
    adminName: '张三',
    idCardMasked: '110***********123X',
    idCardHash: fakeHash('id-new'),
    mobileMasked: '138****1234',
    mobileHash: fakeHash('mo-new'),
    email: `plan-${n}@example.com`,
    miniProgramName: `计划助手${n}`,
    wishedMonth: null,
    ...over,
  }
}

describe('planUsage', () => {
  it('counts what the ledger holds for the identities the plan names, keyed as the scheduler keys them', async () => {
    const db = freshDb()
    const { subject, account } = await subjectsWithAccount(db)
    const admin = await add(db, 'admins', adminDraft('known'))
    await add(
      db,
      'miniPrograms',
      miniProgramDraft('used@example.com', { subjectId: subject.id, adminId: admin.id }),
    )
    const rows = [
      row(2, {
        idCardHash: fakeHash('id-known'),
        mobileHash: fakeHash('mo-known'),
        email: 'USED@example.com',
      }),
      row(3, { path: 'reuse', officialAccount: '甲公司服务号' }),
      row(4, { creditCode: null, subjectType: 'individual', subjectName: '李四' }),
    ]
    const usage = await planUsage(db, rows, today)
    expect(usage.subjects).toEqual({ [sampleCreditCode]: 1, 'name:李四': 0 })
    expect(usage.idCards).toEqual({ [fakeHash('id-known')]: 1, [fakeHash('id-new')]: 0 })
    expect(usage.mobiles).toEqual({ [fakeHash('mo-known')]: 1, [fakeHash('mo-new')]: 0 })
    expect(usage.emailsInUse).toEqual(['used@example.com'])
    expect(usage.officialAccounts['甲公司服务号']).toMatchObject({
      type: 'service',
      certified: true,
      subject: sampleCreditCode,
      fastRegistrationPending: false,
      email: 'oa@example.com',
    })
    expect(account.name).toBe('甲公司服务号')
  })

  it('leaves out an account the ledger does not know (the scheduler assumes one)', async () => {
    const usage = await planUsage(freshDb(), [row(2, { path: 'reuse', officialAccount: '没有的号' })], today)
    expect(usage.officialAccounts).toEqual({})
  })
})

describe('planProgress', () => {
  it('finds each row’s mini program in the ledger by its name, as the wizard compares names', async () => {
    const db = freshDb()
    await add(
      db,
      'miniPrograms',
      miniProgramDraft('a@example.com', { name: '计划助手2', status: 'in-progress' }),
    )
    await add(db, 'miniPrograms', miniProgramDraft('b@example.com', { name: '计划助手3', status: 'failed' }))
    await add(
      db,
      'miniPrograms',
      miniProgramDraft('c@example.com', { name: '计划助手3', status: 'registered' }),
    )
    const progress = await planProgress(db, [
      row(2),
      row(3),
      row(4),
      row(5, { miniProgramName: '计划助手２' }),
    ])
    expect(progress[2]?.status).toBe('in-progress')
    expect(progress[3]?.status).toBe('registered')
    expect(progress[4]).toBeUndefined()
    expect(progress[5]?.status).toBe('in-progress')
  })
})
