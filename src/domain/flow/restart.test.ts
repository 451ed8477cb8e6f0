import { describe, expect, it } from 'vitest'
import { maskIdCard, maskMobile } from '../identity'
import { samples } from '../samples'
import { restartReason, restartWithNewEmail } from './restart'
import type { FlowState } from './state'
import { ok, send, today, walk } from './test-walk'

const hashes = { idCardHash: 'a'.repeat(64), mobileHash: 'b'.repeat(64) }
/** The admin as a registration keeps it once its step is done: masked, with its keyed hashes. */
const keptAdmin = {
  name: samples.admin.name,
  idCardNumber: maskIdCard(samples.admin.idCardNumber),
  mobile: maskMobile(samples.admin.mobile),
  ...hashes,
}

/** A standalone enterprise verifying by small transfer, which expired: the platform failed the registration. */
function expired(overrides: Parameters<typeof walk>[2] = {}): FlowState {
  let state = walk('standalone', 'transfer', {
    'verification-method': { method: 'transfer' },
    admin: keptAdmin,
    ...overrides,
  })
  state = ok(state, { type: 'record', outcome: { kind: 'transfer-started', on: today } })
  return ok(state, { type: 'record', outcome: { kind: 'transfer-expired' } })
}

/** A standalone registration of `subjectType` by 微信认证, its one application rejected. */
function rejected(subjectType: 'enterprise' | 'government' = 'enterprise', ruleSetId?: 'guide'): FlowState {
  const mp = 'mini-program' as const
  let state = walk(
    'standalone',
    'certification',
    { 'subject-type': { subjectType }, admin: keptAdmin },
    ruleSetId,
  )
  state = ok(state, { type: 'record', outcome: { kind: 'cert-submitted', target: mp, on: today } })
  return ok(state, { type: 'record', outcome: { kind: 'cert-rejected', target: mp } })
}

describe('用新邮箱重新注册: a new registration from one the platform closed', () => {
  it('starts at the account step with the subject and the admin, never the taken email (rules: TRANSFER_VERIFY, EMAIL_UNIQUE)', () => {
    const failed = expired()
    expect(failed.status).toBe('failed')
    const restart = restartWithNewEmail(failed, today)
    if (!restart.ok) throw new Error(restart.reason)
    expect(restart.reason).toBe('registration-failed')
    expect(restart.adminKept).toBe(true)
    const { state } = restart
    expect(state).toMatchObject({ path: 'standalone', status: 'active', current: 'account', outcomes: {} })
    expect(state.completed).toEqual(['open-platform', 'choose-mini-program'])
    expect(state.answers.account).toBeUndefined()
    expect(state.answers['subject-type']).toEqual(samples.subjectType)
    expect(state.answers['subject-info']).toEqual(samples.subjectInfo)
    expect(state.answers.admin).toEqual(keptAdmin)
    // The failed registration is left as it was.
    expect(failed.status).toBe('failed')
    expect(failed.answers.account).toEqual(samples.account)
  })

  it('asks for the carried answers again, with their guards: the kept admin counts like a picked one (rule: ID_CARD_LIMIT)', () => {
    const restart = restartWithNewEmail(expired(), today)
    if (!restart.ok) throw new Error(restart.reason)
    let state = ok(restart.state, { type: 'submit', values: { email: 'second-try@example.com' } })
    state = ok(state, { type: 'submit', values: { confirmed: true } })
    state = ok(state, { type: 'submit', values: state.answers['subject-type'] })
    state = ok(state, { type: 'submit', values: state.answers['subject-info'] })
    state = ok(state, { type: 'submit', values: { method: 'transfer' } })
    expect(state.current).toBe('admin')
    const full = send(state, { type: 'submit', values: state.answers.admin }, { idCardMiniPrograms: 5 })
    expect(full.reason).toBe('blocked')
    expect(full.findings.map((f) => f.ruleId)).toContain('ID_CARD_LIMIT')
    const room = ok(state, { type: 'submit', values: state.answers.admin }, { idCardMiniPrograms: 1 })
    expect(room.current).toBe('admin-verify')
    expect(room.answers.admin).toEqual(keptAdmin)
  })

  it('never carries an individual’s admin masked: its age needs the full number (rule: ID_CARD_NUMBER)', () => {
    // No path fails an individual today (the small transfer is an organisation's); the carry must still
    // never keep an admin whose adult age a masked number cannot show.
    const walked = walk('standalone', 'profile', { 'subject-type': { subjectType: 'individual' } })
    // Kept as the wizard keeps every admin once its step is done: masked, with its keyed hashes.
    const individual = { ...walked, answers: { ...walked.answers, admin: keptAdmin } }
    const restart = restartWithNewEmail({ ...individual, status: 'failed' }, today)
    if (!restart.ok) throw new Error(restart.reason)
    expect(restart.adminKept).toBe(false)
    expect(restart.state.answers.admin).toBeUndefined()
    expect(restart.state.answers['subject-type']).toEqual({ subjectType: 'individual' })
  })

  it('refuses an open registration the platform has not closed, and the reuse path', () => {
    expect(
      restartWithNewEmail(
        walk('standalone', 'transfer', { 'verification-method': { method: 'transfer' } }),
        today,
      ),
    ).toEqual({
      ok: false,
      reason: 'not-restartable',
    })
    expect(restartReason(walk('reuse', 'admin'))).toBeNull()
  })
})

describe('after a rejected certification: a small transfer takes a new registration', () => {
  it('presets the small transfer on a new registration, the subject and admin kept (rules: SUBJECT_LOCKED, TRANSFER_VERIFY)', () => {
    const before = rejected()
    const restart = restartWithNewEmail(before, today)
    if (!restart.ok) throw new Error(restart.reason)
    expect(restart.reason).toBe('switch-to-transfer')
    expect(restart.state.current).toBe('account')
    expect(restart.state.answers['verification-method']).toEqual({ method: 'transfer' })
    expect(restart.state.answers.admin).toEqual(keptAdmin)
    // The rejected registration stays open: it may still apply again.
    expect(before.status).toBe('active')
  })

  it('is not offered where the subject cannot verify by transfer (rule: TRANSFER_VERIFY)', () => {
    expect(restartReason(rejected('government'))).toBeNull()
  })

  it('is not offered under the guide, which states no small transfer (rule: TRANSFER_VERIFY)', () => {
    // The guide's standalone path has no method step: its certification may be rejected all the same.
    expect(restartReason(rejected('enterprise', 'guide'))).toBeNull()
  })

  it('is not offered while certification is pending or approved', () => {
    const mp = 'mini-program' as const
    let state = walk('standalone', 'certification')
    state = ok(state, { type: 'record', outcome: { kind: 'cert-submitted', target: mp, on: today } })
    expect(restartReason(state)).toBeNull()
    state = ok(state, { type: 'record', outcome: { kind: 'cert-approved', target: mp } })
    expect(restartReason(state)).toBeNull()
  })
})
