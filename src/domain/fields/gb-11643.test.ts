// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validIdCardNumber } from './arbitraries'
import {
  composeIdCardNumber,
  idCardBirthDate,
  idCardCheckChar,
  isProvinceCode,
  isValidIdCardNumber,
} from './gb-11643'

describe('GB 11643-1999 (rule: ID_CARD_NUMBER)', () => {
  it("computes the standard's own example: 11010519491231002X", () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X')
    expect(composeIdCardNumber('110105', '1949-12-31', '002')).toBe('11010519491231002X')
  })

  it("agrees with the standard's weights and check-character table on any 17 digits", () => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    const first17 = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 17, maxLength: 17 })
    fc.assert(
      fc.property(first17, (s) => {
        const sum = [...s].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0)
        expect(idCardCheckChar(s)).toBe('10X98765432'[sum % 11])
      }),
    )
  })

  it.each([
    ['11010519491231002X', '1949-12-31'],
    [composeIdCardNumber('110105', '2000-02-29', '001'), '2000-02-29'],
    ['110105190002290011', null],
    ['110105194913310021', null],
    ['1101051949', null],
  ])('reads the birth date of %s as %s', (id, date) => {
    expect(idCardBirthDate(id)).toBe(date)
  })

  it.each([
    ['11', true],
    ['65', true],
    ['81', true],
    ['10', false],
    ['66', false],
    ['00', false],
    ['99', false],
  ])('province code %s is %s', (code, valid) => {
    expect(isProvinceCode(code)).toBe(valid)
  })

  it('refuses to compose from bad parts', () => {
    expect(() => composeIdCardNumber('990105', '1949-12-31', '002')).toThrow()
    expect(() => composeIdCardNumber('110105', '1949-02-30', '002')).toThrow()
    expect(() => composeIdCardNumber('11010', '1949-12-31', '002')).toThrow()
  })

  it('every generated number is valid', () => {
    fc.assert(
      fc.property(validIdCardNumber(), (id) => {
        expect(isValidIdCardNumber(id)).toBe(true)
      }),
    )
  })
})
