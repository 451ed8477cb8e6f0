import { describe, expect, it } from 'vitest'
import { send, walk } from './test-walk'

// An admin picked from the ledger is known only masked, with the keyed hashes of its numbers.
const hash = (digit: string) => digit.repeat(64)
const picked = {
  name: '李四',
  idCardNumber: '110***********0014',
  mobile: '138****8000',
  idCardHash: hash('a'),
  mobileHash: hash('b'),
}

describe('the admin step with an admin picked from the ledger', () => {
  it('accepts the masked numbers with their hashes and keeps them as given', () => {
    const state = walk('standalone', 'admin')
    const result = send(state, { type: 'submit', values: picked })
    expect(result.ok).toBe(true)
    expect(result.state.answers.admin).toEqual(picked)
    expect(result.state.current).toBe('admin-verify')
  })

  it('still counts the ID card against its limit (rule: ID_CARD_LIMIT)', () => {
    const state = walk('standalone', 'admin')
    const result = send(state, { type: 'submit', values: picked }, { idCardMiniPrograms: 5 })
    expect(result.ok).toBe(false)
    expect(result.reason).toBe('blocked')
    expect(result.findings.map((f) => f.ruleId)).toContain('ID_CARD_LIMIT')
  })

  it('refuses it for an individual, whose age only the full number shows (rule: ID_CARD_NUMBER)', () => {
    const state = walk('standalone', 'admin', { 'subject-type': { subjectType: 'individual' } })
    const result = send(state, { type: 'submit', values: picked })
    expect(result.ok).toBe(false)
    expect(result.issues).toEqual([
      expect.objectContaining({ field: 'idCardNumber', message: expect.stringContaining('18') }),
    ])
  })

  it('refuses masked numbers without hashes: they are checked as typed numbers', () => {
    const state = walk('standalone', 'admin')
    const { idCardHash: _i, mobileHash: _m, ...masked } = picked
    const result = send(state, { type: 'submit', values: masked })
    expect(result.ok).toBe(false)
    expect(result.issues.map((i) => i.field).sort()).toEqual(['idCardNumber', 'mobile'])
  })

  it('refuses a malformed hash or a full number passed off as picked', () => {
    const state = walk('standalone', 'admin')
    const badHash = send(state, { type: 'submit', values: { ...picked, mobileHash: 'xyz' } })
    expect(badHash.issues.map((i) => i.field)).toEqual(['mobileHash'])
    const full = send(state, { type: 'submit', values: { ...picked, idCardNumber: '110101199001010015' } })
    expect(full.issues.map((i) => i.field)).toEqual(['idCardNumber'])
  })
})
