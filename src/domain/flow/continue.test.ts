import { describe, expect, it } from 'vitest'
import { samples } from '../samples'
import { isAccountCertified } from './account-status'
import { ok, send, walk } from './test-walk'

describe('continue: 下一步 on a step already done, its answer kept', () => {
  it('moves to the next step without asking for the answer again', () => {
    const atAdmin = walk('standalone', 'admin')
    const done = ok(atAdmin, { type: 'submit', values: samples.admin })
    const back = ok(done, { type: 'back' })
    expect(back.current).toBe('admin')
    const kept = ok(back, { type: 'continue' })
    expect(kept.current).toBe('admin-verify')
    expect(kept.answers.admin).toEqual(back.answers.admin)
  })

  it('returns to check answers after 修改', () => {
    const review = walk('standalone', 'review')
    const editing = ok(review, { type: 'edit', step: 'admin' })
    expect(ok(editing, { type: 'continue' }).current).toBe('review')
  })

  it('is refused on a step not answered yet', () => {
    expect(send(walk('standalone', 'admin'), { type: 'continue' }).reason).toBe('not-answered')
  })
})

describe('isAccountCertified (rule: REUSE_OA_CERTIFIED)', () => {
  it('is unknown before the status step, as typed after it, and true once certified on the way', () => {
    expect(isAccountCertified(walk('reuse', 'oa-status'))).toBeUndefined()
    const uncertified = walk('reuse', 'certify-oa', {
      'oa-status': { ...samples.oaStatus, certified: false },
    })
    expect(isAccountCertified(uncertified)).toBe(false)
    let state = ok(uncertified, {
      type: 'record',
      outcome: { kind: 'cert-submitted', target: 'official-account', on: '2026-11-24' },
    })
    expect(isAccountCertified(state)).toBe(false)
    state = ok(state, { type: 'record', outcome: { kind: 'cert-approved', target: 'official-account' } })
    expect(isAccountCertified(state)).toBe(true)
    expect(isAccountCertified(walk('reuse', 'open-mini-program'))).toBe(true)
  })
})
