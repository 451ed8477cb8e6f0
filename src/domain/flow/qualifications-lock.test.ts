import { describe, expect, it } from 'vitest'
import { samples } from '../samples'
import { isLocked } from './transition'
import { ok, send, walk } from './test-walk'

// Issue 10: check answers offered 修改 on 复用的资质 after the platform had the fast registration.

const withOperator = { ...samples.qualifications, operatorInfo: true }

describe('the reused qualifications (rule: REUSE_QUALIFICATIONS, SUBJECT_LOCKED)', () => {
  it('may still change until the platform has the registration: the email and password not yet submitted', () => {
    let state = walk('reuse', 'activate-email')
    expect(isLocked(state, 'qualifications')).toBe(false)
    state = ok(state, { type: 'back' })
    state = ok(state, { type: 'back' })
    expect(state.current).toBe('qualifications')
    expect(ok(state, { type: 'submit', values: withOperator }).answers.qualifications?.operatorInfo).toBe(
      true,
    )
  })

  it('are locked with the email once the activation link was clicked, to the end of the registration', () => {
    for (const step of ['registration-result', 'admin', 'review'] as const) {
      expect(isLocked(walk('reuse', step), 'qualifications'), step).toBe(true)
    }
  })

  it('refuses a change once locked, and still lets the same answer through', () => {
    let state = walk('reuse', 'registration-result')
    for (let i = 0; i < 3; i += 1) state = ok(state, { type: 'back' })
    expect(state.current).toBe('qualifications')
    expect(send(state, { type: 'submit', values: withOperator }).reason).toBe('locked')
    expect(ok(state, { type: 'submit', values: samples.qualifications }).current).toBe('account')
  })

  it('are never locked on the standalone path, which has no such step', () => {
    expect(isLocked(walk('standalone', 'review'), 'qualifications')).toBe(false)
  })
})
