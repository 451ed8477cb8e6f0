import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { outline, progress, remainingSteps } from './progress'
import { stepSchema } from './step-schemas'
import { start } from './state'
import { advance, ok, send, today, walk } from './test-walk'

describe('standalone path (单独注册)', () => {
  it('walks an enterprise from the platform page to done, with certification before the profile', () => {
    let state = start('standalone')
    const visited = [state.current]
    while (state.status === 'active') {
      state = advance(state)
      visited.push(state.current)
    }
    expect(visited).toEqual([
      'open-platform',
      'choose-mini-program',
      'account',
      'activate-email',
      'subject-type',
      'subject-info',
      'verification-method',
      'admin',
      'admin-verify',
      'confirm-subject',
      'certification',
      'profile',
      'review',
      'done',
    ])
    expect(state.status).toBe('submitted')
    expect(state.answers.account?.email).toBe('demo-mp-01@example.com')
  })

  it('walks an individual without subject info or verification: 11 steps', () => {
    const state = walk('standalone', 'admin', { 'subject-type': { subjectType: 'individual' } })
    expect(progress(state)).toEqual({ index: 6, total: { min: 11, max: 11 } })
    expect(remainingSteps(state)).toEqual(['admin-verify', 'confirm-subject', 'profile', 'review', 'done'])
  })

  it('knows only the range of steps before the subject type is answered', () => {
    expect(progress(start('standalone'))).toEqual({ index: 1, total: { min: 11, max: 14 } })
  })

  it('refuses an individual admin under 18 (rule: ID_CARD_NUMBER)', () => {
    const state = walk('standalone', 'admin', { 'subject-type': { subjectType: 'individual' } })
    // Born 2008-11-25: one day short of 18 on 2026-11-24.
    const minor = { name: '张三', idCardNumber: '110101200811250014', mobile: '13800138000' }
    const result = send(state, { type: 'submit', values: minor })
    expect(result.ok).toBe(false)
    expect(result.reason).toBe('invalid')
    expect(result.issues.map((i) => i.field)).toContain('idCardNumber')
  })

  it('lets an enterprise choose the small transfer and sets its deadline 10 days on (rule: TRANSFER_VERIFY)', () => {
    let state = walk('standalone', 'transfer', { 'verification-method': { method: 'transfer' } })
    state = ok(state, { type: 'record', outcome: { kind: 'transfer-started', on: today } })
    expect(state.outcomes.transfer?.deadline).toBe('2026-12-04')
    expect(send(state, { type: 'submit' }).reason).toBe('outcome-required')
    state = ok(state, { type: 'record', outcome: { kind: 'transfer-done', on: '2026-12-04' } })
    expect(ok(state, { type: 'submit' }).current).toBe('profile')
  })

  it('fails the registration when the transfer expires', () => {
    let state = walk('standalone', 'transfer', { 'verification-method': { method: 'transfer' } })
    state = ok(state, { type: 'record', outcome: { kind: 'transfer-started', on: today } })
    expect(send(state, { type: 'record', outcome: { kind: 'transfer-done', on: '2026-12-05' } }).reason).toBe(
      'transfer-deadline-passed',
    )
    state = ok(state, { type: 'record', outcome: { kind: 'transfer-expired' } })
    expect(state.status).toBe('failed')
    expect(send(state, { type: 'submit' }).reason).toBe('closed')
  })

  it('offers no transfer to a government subject, nor under the guide rule set (rule: TRANSFER_VERIFY)', () => {
    const gov = walk('standalone', 'admin', { 'subject-type': { subjectType: 'government' } })
    expect(outline(gov).steps).not.toContain('verification-method')
    expect(outline(gov).steps).toContain('certification')
    const guide = walk('standalone', 'admin', {}, 'guide')
    expect(outline(guide).steps).not.toContain('verification-method')
    expect(outline(guide).steps).not.toContain('transfer')
  })

  it('refuses the transfer method for a subject type the rule does not name', () => {
    const schema = stepSchema('verification-method', {
      path: 'standalone',
      ruleSet: ruleSets.current,
      today,
      answers: { 'subject-type': { subjectType: 'media' } },
    })
    expect(schema.safeParse({ method: 'transfer' }).success).toBe(false)
    expect(schema.safeParse({ method: 'certification' }).success).toBe(true)
  })
})
