import { describe, expect, it } from 'vitest'
import { samples } from '../samples'
import { paidApplications } from './outcomes'
import { start } from './state'
import { advance, ok, send, today, walk } from './test-walk'

describe('moving around the flow', () => {
  it('goes back to the previous step with its answers kept, and not before the first', () => {
    const state = walk('standalone', 'activate-email')
    const back = ok(state, { type: 'back' })
    expect(back.current).toBe('account')
    expect(back.answers.account?.email).toBe(samples.account.email)
    expect(send(start('standalone'), { type: 'back' }).reason).toBe('at-start')
  })

  it('refuses to open a step whose earlier steps are not done', () => {
    const state = walk('standalone', 'account')
    expect(send(state, { type: 'visit', step: 'admin' }).reason).toBe('unreachable')
    expect(ok(state, { type: 'visit', step: 'open-platform' }).current).toBe('open-platform')
  })

  it('returns to check answers after a change from there', () => {
    const review = walk('standalone', 'review')
    const editing = ok(review, { type: 'edit', step: 'profile' })
    expect(editing.current).toBe('profile')
    const changed = ok(editing, { type: 'submit', values: { ...samples.profile, name: '示例排队助手' } })
    expect(changed.current).toBe('review')
    expect(changed.answers.profile?.name).toBe('示例排队助手')
  })

  it('sends a changed admin through 验证管理员 again before check answers', () => {
    const review = walk('standalone', 'review')
    const editing = ok(review, { type: 'edit', step: 'admin' })
    const other = { name: '李娜', idCardNumber: '440305199007080340', mobile: '13700001111' }
    const changed = ok(editing, { type: 'submit', values: other })
    expect(changed.current).toBe('admin-verify')
    expect(changed.completed).not.toContain('admin-verify')
    const verified = ok(changed, { type: 'submit', values: { confirmed: true } })
    expect(verified.current).toBe('review')
    // The same values again (a picked admin's masked numbers and hashes are) change nothing: back to check answers.
    const again = ok(ok(verified, { type: 'edit', step: 'admin' }), { type: 'submit', values: other })
    expect(again.current).toBe('review')
  })

  it('asks the new questions a change opens before returning to check answers', () => {
    const review = walk('standalone', 'review', { 'subject-type': { subjectType: 'individual' } })
    // The subject is not locked for an individual until confirmed — here it is, so a change is refused.
    expect(
      send(ok(review, { type: 'edit', step: 'subject-type' }), {
        type: 'submit',
        values: { subjectType: 'enterprise' },
      }).reason,
    ).toBe('locked')
    const beforeConfirm = walk('standalone', 'confirm-subject', {
      'subject-type': { subjectType: 'individual' },
    })
    let state = ok(beforeConfirm, { type: 'visit', step: 'subject-type' })
    state = ok(state, { type: 'submit', values: { subjectType: 'enterprise' } })
    expect(state.current).toBe('subject-info')
    // The admin's age was checked against the old subject type: the admin step is asked again.
    expect(state.completed).not.toContain('admin')
  })

  it('keeps the subject locked once confirmed on the platform (rule: SUBJECT_LOCKED)', () => {
    const state = walk('standalone', 'certification')
    const editing = ok(state, { type: 'visit', step: 'subject-info' })
    const result = send(editing, { type: 'submit', values: { ...samples.subjectInfo, name: '另一家公司' } })
    expect(result.reason).toBe('locked')
    // The same answers may be confirmed again.
    expect(send(editing, { type: 'submit', values: samples.subjectInfo }).ok).toBe(true)
  })

  it('submits once: after 提交 nothing changes and only the confirmation can be opened', () => {
    const review = walk('standalone', 'review')
    const done = ok(review, { type: 'submit' })
    expect(done.current).toBe('done')
    expect(send(done, { type: 'submit' }).reason).toBe('closed')
    expect(send(done, { type: 'visit', step: 'review' }).reason).toBe('closed')
    expect(send(done, { type: 'back' }).reason).toBe('closed')
  })

  it('blocks a sixth use of the same ID card and warns at the fifth (rule: ID_CARD_LIMIT)', () => {
    const state = walk('standalone', 'admin')
    const sixth = send(state, { type: 'submit', values: samples.admin }, { idCardMiniPrograms: 5 })
    expect(sixth.reason).toBe('blocked')
    expect(sixth.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'ID_CARD_LIMIT',
        limit: 5,
        used: 5,
        remaining: 0,
        severity: 'block',
      }),
    )
    const fifth = send(state, { type: 'submit', values: samples.admin }, { idCardMiniPrograms: 4 })
    expect(fifth.ok).toBe(true)
    expect(fifth.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'ID_CARD_LIMIT', severity: 'warn' }),
    )
  })

  it('blocks a mobile number at its limit (rule: PHONE_LIMIT) and a taken email (rule: EMAIL_UNIQUE)', () => {
    const admin = walk('standalone', 'admin')
    expect(
      send(admin, { type: 'submit', values: samples.admin }, { phoneMiniPrograms: 5 }).findings[0]?.ruleId,
    ).toBe('PHONE_LIMIT')
    const account = walk('standalone', 'account')
    const taken = send(
      account,
      { type: 'submit', values: samples.account },
      { emailsInUse: [samples.account.email] },
    )
    expect(taken.reason).toBe('blocked')
  })

  it('blocks a subject at its total (rule: SUBJECT_TOTAL)', () => {
    const state = walk('standalone', 'subject-info')
    expect(
      send(state, { type: 'submit', values: samples.subjectInfo }, { subjectMiniPrograms: 50 }).reason,
    ).toBe('blocked')
    const sole = walk('standalone', 'subject-info', { 'subject-type': { subjectType: 'sole_proprietor' } })
    expect(
      send(sole, { type: 'submit', values: samples.subjectInfo }, { subjectMiniPrograms: 5 }).reason,
    ).toBe('blocked')
  })

  it('counts send-backs within one paid application and a new fee after the fourth (rule: CERT_REVIEW_TIME)', () => {
    let state = walk('standalone', 'certification')
    state = ok(state, {
      type: 'record',
      outcome: { kind: 'cert-submitted', target: 'mini-program', on: today },
    })
    for (let i = 0; i < 3; i += 1) {
      state = ok(state, { type: 'record', outcome: { kind: 'cert-sent-back', target: 'mini-program' } })
      expect(state.outcomes.certification?.[0]?.result).toBe('awaiting-material')
      state = ok(state, { type: 'record', outcome: { kind: 'cert-resubmitted', target: 'mini-program' } })
    }
    state = ok(state, { type: 'record', outcome: { kind: 'cert-sent-back', target: 'mini-program' } })
    expect(state.outcomes.certification?.[0]?.result).toBe('rejected')
    state = ok(state, {
      type: 'record',
      outcome: { kind: 'cert-submitted', target: 'mini-program', on: today },
    })
    expect(paidApplications(state.outcomes.certification)).toBe(2)
  })
})

describe('switching path', () => {
  it('keeps the subject, the admin and a not-yet-used email', () => {
    const reuse = walk('reuse', 'account', { 'oa-status': { ...samples.oaStatus, certified: false } })
    const withEmail = ok(reuse, { type: 'submit', values: samples.account })
    const switched = ok(withEmail, { type: 'switch-path', path: 'standalone' })
    expect(switched.path).toBe('standalone')
    expect(switched.current).toBe('open-platform')
    expect(switched.answers['subject-type']).toEqual(samples.subjectType)
    expect(switched.answers['subject-info']).toEqual(samples.subjectInfo)
    expect(switched.answers.account).toEqual(samples.account)
    expect(switched.answers['oa-status']).toBeUndefined()
    expect(switched.outcomes).toEqual({})
  })

  it('drops the email once an account was activated with it', () => {
    const reuse = walk('reuse', 'registration-result')
    const switched = ok(reuse, { type: 'switch-path', path: 'standalone' })
    expect(switched.answers.account).toBeUndefined()
    expect(switched.answers['subject-info']).toEqual(samples.subjectInfo)
  })

  it('keeps an individual subject filled in but not done on the reuse path (rule: REUSE_OA_TYPES)', () => {
    const standalone = walk('standalone', 'admin', { 'subject-type': { subjectType: 'individual' } })
    const switched = ok(standalone, { type: 'switch-path', path: 'reuse' })
    expect(switched.current).toBe('subject-type')
    expect(switched.answers['subject-type']).toEqual({ subjectType: 'individual' })
  })

  it('walks on to the end after a switch', () => {
    let state = ok(walk('reuse', 'oa-status'), { type: 'switch-path', path: 'standalone' })
    while (state.status === 'active') state = advance(state)
    expect(state.status).toBe('submitted')
  })
})
