// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validCreditCode } from './arbitraries'
import { composeCreditCode, creditCodeAlphabet, creditCodeCheckChar, isValidCreditCode } from './gb-32100'

describe('GB 32100-2015 (rule: CREDIT_CODE)', () => {
  it('has the 31-character alphabet without I, O, S, V, Z', () => {
    expect(creditCodeAlphabet).toHaveLength(31)
    expect([...'IOSVZ'].some((c) => creditCodeAlphabet.includes(c))).toBe(false)
  })

  it("computes the standard's worked example: 91350100M000100Y43", () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3')
  })

  it("agrees with the standard's table of weights on any 17 characters", () => {
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    const first17 = fc.string({ unit: fc.constantFrom(...creditCodeAlphabet), minLength: 17, maxLength: 17 })
    fc.assert(
      fc.property(first17, (s) => {
        const sum = [...s].reduce((acc, c, i) => acc + creditCodeAlphabet.indexOf(c) * (weights[i] ?? 0), 0)
        expect(creditCodeCheckChar(s)).toBe(creditCodeAlphabet[(31 - (sum % 31)) % 31])
      }),
    )
  })

  it('has no check character for characters outside the alphabet or a wrong length', () => {
    expect(creditCodeCheckChar('91350100I000100Y4')).toBeNull()
    expect(creditCodeCheckChar('91350100M000100Y')).toBeNull()
    expect(() => composeCreditCode('9135010OM000100Y4')).toThrow()
  })

  it('every generated code is valid', () => {
    fc.assert(
      fc.property(validCreditCode(), (code) => {
        expect(isValidCreditCode(code)).toBe(true)
      }),
    )
  })
})
