import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { samples } from '../samples'
import {
  lastApplication,
  materialSupplied,
  paidCertifications,
  recordOutcome,
  type CertTarget,
  type Outcomes,
} from './outcomes'
import type { FlowState } from './state'
import { advance, ok, send, today, walk } from './test-walk'

const mp: CertTarget = 'mini-program'
const record = (state: FlowState, outcome: Parameters<typeof recordOutcome>[1]) =>
  ok(state, { type: 'record', outcome })

/** A standalone enterprise on its certification step, one application submitted and rejected. */
function rejectedOnce(): FlowState {
  let state = walk('standalone', 'certification')
  state = record(state, { kind: 'cert-submitted', target: mp, on: today })
  return record(state, { kind: 'cert-rejected', target: mp })
}

describe('recorded outcomes', () => {
  it('counts material as supplied only once it was, not when the platform asks for it (rule: CERT_REVIEW_TIME)', () => {
    let state = walk('standalone', 'certification')
    state = record(state, { kind: 'cert-submitted', target: mp, on: today })
    state = record(state, { kind: 'cert-sent-back', target: mp })
    const asked = lastApplication(state.outcomes.certification)!
    expect(asked).toMatchObject({ result: 'awaiting-material', sentBack: 1 })
    expect(materialSupplied(asked)).toBe(0)
    state = record(state, { kind: 'cert-resubmitted', target: mp })
    expect(materialSupplied(lastApplication(state.outcomes.certification)!)).toBe(1)
    state = record(state, { kind: 'cert-sent-back', target: mp })
    expect(materialSupplied(lastApplication(state.outcomes.certification)!)).toBe(1)
  })

  it('reads material supplied from a record kept before resubmissions were counted (rule: CERT_REVIEW_TIME)', () => {
    const waiting = { submittedOn: today, sentBack: 2, result: 'awaiting-material' } as const
    expect(materialSupplied(waiting)).toBe(1)
    expect(materialSupplied({ ...waiting, result: 'pending' })).toBe(2)
  })

  it('refuses 下一步 after a rejection with its own reason, not “nothing recorded” (rule: CERT_REVIEW_TIME)', () => {
    const fresh = walk('standalone', 'certification')
    expect(send(fresh, { type: 'submit' }).reason).toBe('outcome-required')
    const rejected = rejectedOnce()
    expect(send(rejected, { type: 'submit' }).reason).toBe('certification-rejected')
    // A new paid application reopens the wait; approved, the step is left.
    const again = record(rejected, { kind: 'cert-submitted', target: mp, on: '2026-11-30' })
    expect(send(again, { type: 'submit' }).reason).toBe('outcome-required')
    expect(ok(record(again, { kind: 'cert-approved', target: mp }), { type: 'submit' }).current).toBe(
      'profile',
    )
  })

  it('refuses 下一步 on the account certification after its rejection too (rule: REUSE_OA_CERTIFIED)', () => {
    const oa = { kind: 'cert-submitted', target: 'official-account', on: today } as const
    let state = walk('reuse', 'certify-oa', { 'oa-status': { ...samples.oaStatus, certified: false } })
    state = record(state, oa)
    state = record(state, { kind: 'cert-rejected', target: 'official-account' })
    expect(send(state, { type: 'submit' }).reason).toBe('certification-rejected')
  })

  it('keeps a rejected application as it is: only a new, paid one follows it (rules: CERT_REVIEW_TIME, CERT_FEE)', () => {
    const rejected = rejectedOnce()
    expect(send(rejected, { type: 'record', outcome: { kind: 'cert-approved', target: mp } }).reason).toBe(
      'no-open-application',
    )
    const again = record(rejected, { kind: 'cert-submitted', target: mp, on: '2026-11-30' })
    expect(again.outcomes.certification?.map((a) => a.result)).toEqual(['rejected', 'pending'])
  })

  it('keeps the verification method locked after a rejected certification (rule: SUBJECT_LOCKED)', () => {
    // The method went to the platform with the subject on 确认主体信息: no source says a rejection reopens it.
    const rejected = rejectedOnce()
    const onMethod = ok(rejected, { type: 'visit', step: 'verification-method' })
    const result = send(onMethod, { type: 'submit', values: { method: 'transfer' } })
    expect(result.reason).toBe('locked')
    expect(result.state.answers['verification-method']).toEqual({ method: 'certification' })
  })

  it('records the day a small transfer was done, not only its deadline (rule: TRANSFER_VERIFY)', () => {
    let state = walk('standalone', 'transfer', { 'verification-method': { method: 'transfer' } })
    state = record(state, { kind: 'transfer-started', on: today })
    state = record(state, { kind: 'transfer-done', on: '2026-11-27' })
    expect(state.outcomes.transfer).toEqual({
      startedOn: today,
      deadline: '2026-12-04',
      doneOn: '2026-11-27',
      result: 'done',
    })
  })

  it('lists every paid application at the subject type’s fee, rejected ones included (rule: CERT_FEE)', () => {
    const outcomes: Outcomes = {
      oaCertification: [{ submittedOn: '2026-10-01', sentBack: 0, result: 'approved' }],
      certification: [
        { submittedOn: '2026-10-10', sentBack: 1, result: 'rejected' },
        { submittedOn: '2026-10-20', sentBack: 0, result: 'pending' },
      ],
    }
    // Under current the sole proprietor's fee is not confirmed (30 reported, older sources 300): a range.
    const amount = { kind: 'unverified', min: 30, max: 300 }
    const paid = paidCertifications(outcomes, 'sole_proprietor', ruleSets.current)
    expect(paid).toEqual([
      { target: 'official-account', n: 1, submittedOn: '2026-10-01', result: 'approved', amount },
      { target: 'mini-program', n: 1, submittedOn: '2026-10-10', result: 'rejected', amount },
      { target: 'mini-program', n: 2, submittedOn: '2026-10-20', result: 'pending', amount },
    ])
    const fixed = { kind: 'fixed', min: 300, max: 300 }
    expect(paidCertifications(outcomes, 'sole_proprietor', ruleSets.guide).map((p) => p.amount)).toEqual([
      fixed,
      fixed,
      fixed,
    ])
  })
})

describe('the AppID, recorded on the confirmation page (rule: APPID)', () => {
  function submitted(): FlowState {
    let state = walk('standalone', 'review')
    state = advance(state)
    expect(state.status).toBe('submitted')
    return state
  }

  it('is refused in the field rule’s words when malformed, and nothing is recorded', () => {
    const state = submitted()
    const result = send(state, { type: 'record', outcome: { kind: 'app-id-recorded', appId: 'wx12' } })
    expect(result.ok).toBe(false)
    expect(result.reason).toBe('invalid')
    expect(result.issues).toEqual([
      { field: 'appId', message: 'AppID以wx开头，后面是16位数字或小写字母a到f，请从开发设置中复制' },
    ])
    expect(result.state.outcomes.appId).toBeUndefined()
  })

  it('is recorded trimmed once submitted, and may be corrected', () => {
    let state = submitted()
    state = record(state, { kind: 'app-id-recorded', appId: ' wx0123456789abcdef ' })
    expect(state.outcomes.appId).toBe('wx0123456789abcdef')
    state = record(state, { kind: 'app-id-recorded', appId: 'wxfedcba9876543210' })
    expect(state.outcomes.appId).toBe('wxfedcba9876543210')
    expect(state.status).toBe('submitted')
  })

  it('is refused before 提交, with its own reason', () => {
    const state = walk('standalone', 'profile')
    const outcome = { kind: 'app-id-recorded', appId: 'wx0123456789abcdef' } as const
    expect(send(state, { type: 'record', outcome }).reason).toBe('not-submitted')
  })
})
