import { describe, expect, it } from 'vitest'
import { samples, start, type FlowState } from '../../domain'
import type { RegistrationCase } from '../../storage/wizard-cases'
import { protectAdmin } from './protect-admin'
import { usageFromCases } from './usage'

function withAdmin(id: string, hash: string, status: FlowState['status'] = 'active'): RegistrationCase {
  const flow: FlowState = {
    ...start('standalone'),
    answers: {
      admin: { ...samples.admin, idCardHash: hash, mobileHash: `m-${hash}` },
      account: { email: `${id}@example.com` },
    },
    completed: ['account', 'admin'],
    status,
  }
  return { id, flow, drafts: {}, createdAt: '', updatedAt: '' }
}

describe('usageFromCases', () => {
  it('counts the same ID card and mobile in other registrations, not in this one or a failed one (rule: ID_CARD_LIMIT)', () => {
    const cases = [
      withAdmin('a', 'h1'),
      withAdmin('b', 'h1'),
      withAdmin('c', 'h2'),
      withAdmin('d', 'h1', 'failed'),
      withAdmin('me', 'h1'),
    ]
    const usage = usageFromCases(cases, 'me', 'admin', {}, { idCard: 'h1', mobile: 'm-h1' })
    expect(usage).toEqual({ idCardMiniPrograms: 2, phoneMiniPrograms: 2 })
  })

  it('lists the emails other registrations took (rule: EMAIL_UNIQUE)', () => {
    const usage = usageFromCases([withAdmin('a', 'h'), withAdmin('me', 'h')], 'me', 'account', {})
    expect(usage.emailsInUse).toEqual(['a@example.com'])
  })
})

describe('protectAdmin', () => {
  it('keeps the ID card and mobile only masked, with their hashes', () => {
    const state = { ...start('standalone'), answers: { admin: { ...samples.admin } } }
    const safe = protectAdmin(state, { idCard: 'hash-id', mobile: 'hash-m' })
    expect(safe.answers.admin).toEqual({
      name: '买买提·艾力',
      idCardNumber: '110***********002X',
      mobile: '138****8000',
      idCardHash: 'hash-id',
      mobileHash: 'hash-m',
    })
    expect(JSON.stringify(safe)).not.toContain(samples.admin.idCardNumber)
    expect(JSON.stringify(safe)).not.toContain(samples.admin.mobile)
  })
})
