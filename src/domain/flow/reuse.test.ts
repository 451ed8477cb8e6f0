import { describe, expect, it } from 'vitest'
import { samples } from '../samples'
import { paidApplications } from './outcomes'
import { start } from './state'
import { advance, ok, send, today, walk } from './test-walk'

const uncertified = { ...samples.oaStatus, certified: false }

describe('reuse path (复用公众号资质快速注册)', () => {
  it('walks a certified account to done', () => {
    let state = start('reuse')
    const visited = [state.current]
    while (state.status === 'active') {
      state = advance(state)
      visited.push(state.current)
    }
    expect(visited).toEqual([
      'subject-type',
      'subject-info',
      'oa-status',
      'open-mini-program',
      'fast-register',
      'qualifications',
      'account',
      'activate-email',
      'registration-result',
      'admin',
      'admin-verify',
      'profile',
      'review',
      'done',
    ])
  })

  it('routes an uncertified account to certify it first, and waits for approval (rule: REUSE_OA_CERTIFIED)', () => {
    let state = walk('reuse', 'certify-oa', { 'oa-status': uncertified })
    expect(send(state, { type: 'submit' }).reason).toBe('outcome-required')
    state = ok(state, {
      type: 'record',
      outcome: { kind: 'cert-submitted', target: 'official-account', on: today },
    })
    expect(send(state, { type: 'submit' }).reason).toBe('outcome-required')
    state = ok(state, { type: 'record', outcome: { kind: 'cert-approved', target: 'official-account' } })
    expect(ok(state, { type: 'submit' }).current).toBe('open-mini-program')
    expect(paidApplications(state.outcomes.oaCertification)).toBe(1)
  })

  it('refuses an individual subject (rule: REUSE_OA_TYPES)', () => {
    const result = send(start('reuse'), { type: 'submit', values: { subjectType: 'individual' } })
    expect(result.reason).toBe('blocked')
    expect(result.findings[0]).toMatchObject({ ruleId: 'REUSE_OA_TYPES', severity: 'block' })
  })

  // Source: the fast-registration API's error 61056 "政府、媒体、其他组织必须复选微信认证" (current); the guide's
  // "微信认证资质是必须勾选" (guide).
  const unticked = { subject: true, operatorInfo: true, certification: false }

  it.each(['government', 'media', 'other_org'] as const)(
    'requires 微信认证资质 of a %s account under both rule sets (rule: REUSE_QUALIFICATIONS)',
    (subjectType) => {
      for (const ruleSetId of ['current', 'guide'] as const) {
        const state = walk('reuse', 'qualifications', { 'subject-type': { subjectType } }, ruleSetId)
        const result = send(state, { type: 'submit', values: unticked })
        expect(result.reason, ruleSetId).toBe('invalid')
        expect(result.issues[0]?.message).toContain('必须勾选微信认证资质')
      }
    },
  )

  it.each(['enterprise', 'sole_proprietor'] as const)(
    'lets a %s account leave 微信认证资质 unticked under current only (rule: REUSE_QUALIFICATIONS)',
    (subjectType) => {
      const current = walk('reuse', 'qualifications', { 'subject-type': { subjectType } }, 'current')
      const next = ok(current, { type: 'submit', values: unticked })
      expect(next.current).toBe('account')
      expect(next.answers.qualifications?.certification).toBe(false)
      const guide = walk('reuse', 'qualifications', { 'subject-type': { subjectType } }, 'guide')
      expect(send(guide, { type: 'submit', values: unticked }).reason).toBe('invalid')
    },
  )

  it('continues after "小程序已完成注册，认证未成功" and records the re-application (rule: REUSE_CERT_OUTCOME)', () => {
    let state = walk('reuse', 'registration-result')
    expect(send(state, { type: 'submit' }).reason).toBe('outcome-required')
    state = ok(state, { type: 'record', outcome: { kind: 'reuse-result', result: 'failed' } })
    state = ok(state, { type: 'submit' })
    expect(state.current).toBe('admin')
    state = ok(state, {
      type: 'record',
      outcome: { kind: 'cert-submitted', target: 'mini-program', on: today },
    })
    state = ok(state, { type: 'record', outcome: { kind: 'cert-approved', target: 'mini-program' } })
    expect(paidApplications(state.outcomes.certification)).toBe(1)
  })

  it('blocks the 11th same-subject association (rule: OA_LINK_SAME)', () => {
    const state = walk('reuse', 'oa-status')
    const full = send(state, { type: 'submit', values: { ...samples.oaStatus, sameSubjectLinks: 10 } })
    expect(full.reason).toBe('blocked')
    expect(full.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'OA_LINK_SAME', limit: 10, used: 10 }),
    )
    const last = send(state, { type: 'submit', values: { ...samples.oaStatus, sameSubjectLinks: 9 } })
    expect(last.ok).toBe(true)
    expect(last.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'OA_LINK_SAME', severity: 'warn' }),
    )
  })

  it('blocks a sixth fast registration this month under current, not under guide (rule: FAST_REG_MONTHLY)', () => {
    const values = { ...samples.oaStatus, monthFastRegistrations: 5 }
    expect(send(walk('reuse', 'oa-status'), { type: 'submit', values }).reason).toBe('blocked')
    const guide = send(walk('reuse', 'oa-status', {}, 'guide'), { type: 'submit', values })
    expect(guide.ok).toBe(true)
  })

  it('blocks while a fast registration is pending (rule: FAST_REG_ONE_AT_A_TIME)', () => {
    const values = { ...samples.oaStatus, fastRegistrationPending: true }
    const result = send(walk('reuse', 'oa-status'), { type: 'submit', values })
    expect(result.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'FAST_REG_ONE_AT_A_TIME', severity: 'block' }),
    )
  })

  it("refuses the official account's own email (rule: EMAIL_UNIQUE)", () => {
    const state = walk('reuse', 'account')
    const result = send(state, { type: 'submit', values: { email: 'Official-Account@example.com ' } })
    expect(result.reason).toBe('blocked')
    expect(result.findings[0]?.ruleId).toBe('EMAIL_UNIQUE')
  })
})

describe('the official account known from records', () => {
  it('counts the larger of the typed and the recorded associations (rule: OA_LINK_SAME)', () => {
    const state = walk('reuse', 'oa-status')
    const recorded = {
      officialAccount: {
        subjectType: 'enterprise' as const,
        sameSubjectLinks: 10,
        otherSubjectLinks: 0,
        monthNewLinks: { sameSubject: 0, otherSubject: 0 },
        monthFastRegistrations: 0,
        fastRegistrationPending: false,
      },
    }
    const result = send(state, { type: 'submit', values: samples.oaStatus }, recorded)
    expect(result.reason).toBe('blocked')
    expect(result.findings[0]).toMatchObject({ ruleId: 'OA_LINK_SAME', used: 10 })
  })
})
