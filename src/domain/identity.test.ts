import { describe, expect, it } from 'vitest'
import { identityFormats, maskIdCard, maskMobile } from './identity'

describe('masked identities', () => {
  it('masks an ID card and a mobile to the forms kept after their step', () => {
    expect(maskIdCard('11010519491231002X')).toBe('110***********002X')
    expect(maskMobile('13800138000')).toBe('138****8000')
    expect(maskIdCard('11010519491231002X')).toMatch(identityFormats.maskedIdCard)
    expect(maskMobile('13800138000')).toMatch(identityFormats.maskedMobile)
  })

  it('never takes a full number for a masked one', () => {
    expect('11010519491231002X').not.toMatch(identityFormats.maskedIdCard)
    expect('13800138000').not.toMatch(identityFormats.maskedMobile)
    expect('138****800X').not.toMatch(identityFormats.maskedMobile)
  })
})
