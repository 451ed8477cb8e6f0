// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { ruleSets } from '../../domain'
import { clearLedger } from './clear'
import { ledgerDb } from './db'
import { adminDraft, sampleCreditCode } from './test-support'
import {
  finaliseRegistration,
  ledgerUsage,
  recordAppId,
  recordFailure,
  recordInProgress,
  removeInProgress,
  type InProgressEntry,
} from './wizard-bridge'

const today = '2025-05-20'
const subject = { type: 'enterprise', name: '示例科技有限公司', creditCode: sampleCreditCode } as const
const admin = adminDraft('wizard')

function entry(caseId: string, email: string, extra: Partial<InProgressEntry> = {}): InProgressEntry {
  return { caseId, path: 'standalone', email, today, ...extra }
}

beforeEach(async () => {
  await clearLedger(ledgerDb())
})

describe('the wizard bridge', () => {
  it('takes the email at the account step, so a second registration cannot use it', async () => {
    expect(await recordInProgress(entry('case-1', 'new@example.com'))).toEqual({ ok: true })
    expect(await ledgerUsage({ email: 'new@example.com' }, today)).toEqual({
      emailsInUse: ['new@example.com'],
    })
    expect(await ledgerUsage({ email: 'new@example.com', exceptCaseId: 'case-1' }, today)).toEqual({
      emailsInUse: [],
    })
    expect(await recordInProgress(entry('case-2', 'NEW@example.com'))).toMatchObject({
      ok: false,
      reason: 'email-in-use',
    })
    expect(await ledgerDb().miniPrograms.count()).toBe(1)
  })

  it('counts the admin from the admin step, and never lets a 6th registration bind the same ID card', async () => {
    for (let n = 1; n <= 5; n += 1) {
      await recordInProgress(
        entry(`case-${n}`, `m${n}@example.com`, { subject, admin, ruleSet: ruleSets.current }),
      )
    }
    const usage = await ledgerUsage({ idCardHash: admin.idCardHash, mobileHash: admin.mobileHash }, today)
    expect(usage).toEqual({ idCardMiniPrograms: 5, phoneMiniPrograms: 5 })
    // The same registration saving its admin again does not count against itself.
    await recordInProgress(entry('case-5', 'm5@example.com', { subject, admin, ruleSet: ruleSets.current }))
    const sixth = await recordInProgress(
      entry('case-6', 'm6@example.com', { subject, admin, ruleSet: ruleSets.current }),
    )
    expect(sixth).toMatchObject({
      ok: false,
      reason: 'quota',
      findings: [{ ruleId: 'ID_CARD_LIMIT' }, { ruleId: 'PHONE_LIMIT' }],
    })
    expect(await ledgerDb().miniPrograms.where('caseId').equals('case-6').count()).toBe(0)
    expect(await ledgerDb().emails.where('email').equals('m6@example.com').count()).toBe(0)
  })

  it('finds the subject and admin again instead of adding them twice', async () => {
    await recordInProgress(entry('a', 'a@example.com', { subject, admin }))
    await recordInProgress(entry('b', 'b@example.com', { subject, admin }))
    expect([await ledgerDb().subjects.count(), await ledgerDb().admins.count()]).toEqual([1, 1])
    expect(await ledgerUsage({ creditCode: sampleCreditCode }, today)).toEqual({ subjectMiniPrograms: 2 })
  })

  it('on the reuse path adds the account and its fast-registration association, pending until 提交', async () => {
    const reuse = entry('r1', 'mp@example.com', {
      path: 'reuse',
      subject,
      officialAccountEmail: 'oa@example.com',
      officialAccount: { name: '示例服务号', accountType: 'service', certified: true },
    })
    await recordInProgress(reuse)
    const before = await ledgerUsage({ officialAccountEmail: 'oa@example.com' }, today)
    expect(before.officialAccount).toMatchObject({
      sameSubjectLinks: 1,
      fastRegistrationPending: true,
      monthFastRegistrations: 0,
    })
    await finaliseRegistration('r1', {
      today,
      name: '示例商城',
      certStatus: 'failed',
      ruleSet: ruleSets.current,
    })
    const after = await ledgerUsage({ officialAccountEmail: 'oa@example.com' }, today)
    expect(after.officialAccount).toMatchObject({
      sameSubjectLinks: 1,
      fastRegistrationPending: false,
      monthFastRegistrations: 1,
    })
    expect(await ledgerDb().miniPrograms.where('caseId').equals('r1').first()).toMatchObject({
      status: 'registered',
      name: '示例商城',
      certStatus: 'failed',
    })
    // The account's own email is in use: the next registration on the reuse path cannot take it.
    expect(await ledgerUsage({ email: 'oa@example.com' }, today)).toEqual({ emailsInUse: ['oa@example.com'] })
  })

  it('finalises once: fees are recorded once, and the certification expiry follows CERT_VALIDITY', async () => {
    await recordInProgress(entry('s1', 's@example.com', { subject }))
    const outcome = {
      today: '2024-02-29',
      certStatus: 'certified',
      fees: [{ purpose: 'certification', amount: 300, paidOn: '2024-02-20', result: 'approved' }],
    } as const
    await finaliseRegistration('s1', outcome)
    await finaliseRegistration('s1', outcome)
    expect(await ledgerDb().fees.count()).toBe(1)
    expect(await ledgerDb().miniPrograms.where('caseId').equals('s1').first()).toMatchObject({
      certExpiry: '2025-02-28',
    })
    expect(await finaliseRegistration('unknown', outcome)).toEqual({
      ok: false,
      reason: 'invalid',
      findings: [],
      field: 'caseId',
    })
  })

  it('records the AppID of a finalised registration, and refuses one another mini program has (rule: APPID)', async () => {
    await recordInProgress(entry('a1', 'a1@example.com', { subject }))
    await recordInProgress(entry('a2', 'a2@example.com', { subject }))
    await finaliseRegistration('a1', { today, name: '示例商城' })
    await finaliseRegistration('a2', { today })
    expect(await recordAppId('a1', 'wx0123456789abcdef')).toEqual({ ok: true })
    expect(await ledgerDb().miniPrograms.where('caseId').equals('a1').first()).toMatchObject({
      status: 'registered',
      name: '示例商城',
      appId: 'wx0123456789abcdef',
    })
    expect(await recordAppId('a2', 'wx0123456789abcdef')).toEqual({
      ok: false,
      reason: 'duplicate',
      findings: [],
      field: 'appId',
    })
    expect(await ledgerDb().miniPrograms.where('caseId').equals('a2').first()).not.toHaveProperty('appId')
    // Corrected: the record takes the new AppID.
    expect(await recordAppId('a1', 'wxfedcba9876543210')).toEqual({ ok: true })
    expect((await ledgerDb().miniPrograms.where('caseId').equals('a1').first())?.appId).toBe(
      'wxfedcba9876543210',
    )
    expect(await recordAppId('unknown', 'wx1111111111111111')).toMatchObject({ ok: false, field: 'caseId' })
  })

  it('removes an unfinished registration and frees its email, but never a submitted one', async () => {
    await recordInProgress(entry('u1', 'u@example.com', { subject, admin }))
    await removeInProgress('u1')
    expect(await ledgerUsage({ email: 'u@example.com', idCardHash: admin.idCardHash }, today)).toEqual({
      emailsInUse: [],
      idCardMiniPrograms: 0,
    })
    await recordInProgress(entry('u2', 'v@example.com'))
    await finaliseRegistration('u2', { today })
    await removeInProgress('u2')
    expect(await ledgerDb().miniPrograms.count()).toBe(1)
    // A later sync of the submitted registration leaves its final record alone.
    await recordInProgress(entry('u2', 'other@example.com'))
    expect(await ledgerDb().miniPrograms.where('caseId').equals('u2').first()).toMatchObject({
      status: 'registered',
      email: 'v@example.com',
    })
  })

  it('a registration the platform failed is 注册失败: its email stays taken, it counts against no quota', async () => {
    for (let n = 1; n <= 5; n += 1) {
      await recordInProgress(
        entry(`f${n}`, `f${n}@example.com`, { subject, admin, ruleSet: ruleSets.current }),
      )
    }
    expect(await recordFailure('f5')).toEqual({ ok: true })
    const failed = await ledgerDb().miniPrograms.where('caseId').equals('f5').first()
    expect(failed).toMatchObject({ status: 'failed', waitingOn: [] })
    expect(
      await ledgerUsage(
        { email: 'f5@example.com', idCardHash: admin.idCardHash, creditCode: sampleCreditCode },
        today,
      ),
    ).toMatchObject({ emailsInUse: ['f5@example.com'], idCardMiniPrograms: 4, subjectMiniPrograms: 4 })
    // So the admin may start again with a new email: the 5th slot is free.
    expect(
      await recordInProgress(entry('f6', 'f6@example.com', { subject, admin, ruleSet: ruleSets.current })),
    ).toEqual({ ok: true })
    // A later sync of the failed registration does not bring it back to 进行中.
    await recordInProgress(entry('f5', 'f5@example.com', { subject, admin }))
    expect(await ledgerDb().miniPrograms.get(failed!.id)).toMatchObject({ status: 'failed' })
    // A submitted registration is never failed; an unknown one is nothing to fail.
    await finaliseRegistration('f6', { today })
    await recordFailure('f6')
    await recordFailure('nobody')
    expect(await ledgerDb().miniPrograms.where('caseId').equals('f6').first()).toMatchObject({
      status: 'registered',
    })
  })

  it('switching a registration from reuse to standalone drops its fast-registration association', async () => {
    const reuse = { path: 'reuse', subject, officialAccountEmail: 'oa@example.com' } as const
    await recordInProgress(entry('p1', 'p@example.com', reuse))
    await recordInProgress(entry('p1', 'p@example.com', { subject }))
    expect(await ledgerDb().associations.count()).toBe(0)
    expect(await ledgerDb().miniPrograms.where('caseId').equals('p1').first()).not.toHaveProperty(
      'viaAccountId',
    )
  })
})
