import { describe, expect, it } from 'vitest'
import { samples } from '../samples'
import { checkQuotas } from '../quota/check-quotas'
import { ruleSets } from '../rules/rule-sets'
import { officialAccountUsage } from './guards'
import { mergeUsage, registrationIdentities, stepIdentities, usageAmong } from './identities'
import { start, type FlowState } from './state'
import { walk } from './test-walk'

/** A registration whose account and admin steps are done, its admin kept as hashes. */
function holding(email: string, hash: string, status: FlowState['status'] = 'active'): FlowState {
  return {
    ...start('standalone'),
    answers: {
      admin: { ...samples.admin, idCardHash: hash, mobileHash: `m-${hash}` },
      account: { email },
      'subject-info': { name: '示例科技有限公司', creditCode: samples.subjectInfo.creditCode.toLowerCase() },
    },
    completed: ['account', 'admin', 'subject-info'],
    status,
  }
}

describe('the identities a step uses, read from its definition', () => {
  it('name the email, the subject, the admin by hash and the official account', () => {
    expect(stepIdentities('account', { email: 'a@example.com' })).toEqual({ email: 'a@example.com' })
    expect(stepIdentities('subject-info', { name: '甲公司', creditCode: 'X' })).toEqual({
      creditCode: 'X',
      subjectName: '甲公司',
    })
    expect(stepIdentities('admin', samples.admin, { idCard: 'h', mobile: 'm' })).toEqual({
      idCardHash: 'h',
      mobileHash: 'm',
    })
    // A picked admin brings its hashes with it.
    expect(stepIdentities('admin', { idCardHash: 'p', mobileHash: 'q' })).toEqual({
      idCardHash: 'p',
      mobileHash: 'q',
    })
    expect(stepIdentities('oa-status', samples.oaStatus)).toEqual({
      officialAccountEmail: samples.oaStatus.email,
    })
    expect(stepIdentities('profile', samples.profile)).toBeNull()
  })

  it('a registration holds only what its completed steps use, and a failed one holds nothing', () => {
    const atAdmin = walk('standalone', 'admin')
    expect(registrationIdentities(atAdmin)).toEqual({
      email: samples.account.email,
      creditCode: samples.subjectInfo.creditCode,
      subjectName: samples.subjectInfo.name,
    })
    expect(registrationIdentities(holding('f@example.com', 'h', 'failed'))).toEqual({})
  })
})

describe('usage among other registrations', () => {
  const others = [
    holding('a@example.com', 'h1'),
    holding('b@example.com', 'h1'),
    holding('c@example.com', 'h2'),
    holding('d@example.com', 'h1', 'failed'),
  ].map(registrationIdentities)

  it('counts the same ID card and mobile, not a failed registration (rule: ID_CARD_LIMIT, PHONE_LIMIT)', () => {
    expect(usageAmong({ idCardHash: 'h1', mobileHash: 'm-h1' }, others)).toEqual({
      idCardMiniPrograms: 2,
      phoneMiniPrograms: 2,
    })
  })

  it('finds an email taken whatever its case (rule: EMAIL_UNIQUE)', () => {
    expect(usageAmong({ email: 'B@Example.com ' }, others)).toEqual({ emailsInUse: ['b@example.com'] })
    expect(usageAmong({ email: 'new@example.com' }, others)).toEqual({ emailsInUse: [] })
  })

  it('counts the subject by its credit code, whatever its case (rule: SUBJECT_TOTAL)', () => {
    expect(usageAmong({ creditCode: samples.subjectInfo.creditCode }, others)).toEqual({
      subjectMiniPrograms: 3,
    })
  })

  it('feeds checkQuotas: the fifth ID card use warns, the sixth blocks', () => {
    const five = Array.from({ length: 5 }, (_, n) => registrationIdentities(holding(`${n}@example.com`, 'h')))
    const usage = usageAmong({ idCardHash: 'h' }, five)
    const findings = checkQuotas(usage, { action: 'standalone', only: ['ID_CARD_LIMIT'] }, ruleSets.current)
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'ID_CARD_LIMIT', severity: 'block', used: 5 }),
    ])
  })
})

describe('mergeUsage', () => {
  it('takes the larger count of each, every email either knows, and the first official account', () => {
    const account = officialAccountUsage(samples.oaStatus, 'enterprise')
    expect(
      mergeUsage(
        { idCardMiniPrograms: 2, emailsInUse: ['a@example.com'], officialAccount: account },
        { idCardMiniPrograms: 4, phoneMiniPrograms: 1, emailsInUse: ['a@example.com', 'b@example.com'] },
      ),
    ).toEqual({
      idCardMiniPrograms: 4,
      phoneMiniPrograms: 1,
      emailsInUse: ['a@example.com', 'b@example.com'],
      officialAccount: account,
    })
  })

  it('keeps a count only one side knows, and adds none that neither knows', () => {
    expect(mergeUsage({ subjectMiniPrograms: 3 }, {})).toEqual({ subjectMiniPrograms: 3 })
    expect(mergeUsage({}, {})).toEqual({})
  })
})
