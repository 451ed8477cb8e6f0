// TEST SUPPORT ONLY: fast-check arbitraries for the field tests. fast-check is a devDependency, so no
// production module may import this file (field-schemas.test.ts walks the production imports to make sure).
import fc from 'fast-check'
import { addDays, daysBetween, type LocalDate } from '../dates'
import { composeIdCardNumber, provinceCodes } from './gb-11643'
import { composeCreditCode, creditCodeAlphabet } from './gb-32100'
import { toHalfWidth } from './text'

function digits(length: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length })
}

/** A real calendar date from `min` to `max` inclusive. */
export function localDate(min: LocalDate, max: LocalDate): fc.Arbitrary<LocalDate> {
  return fc.integer({ min: 0, max: daysBetween(min, max) }).map((days) => addDays(min, days))
}

export interface IdCardOptions {
  bornFrom?: LocalDate
  bornTo?: LocalDate
}

/** Valid 18-character ID card numbers: a province code, any district digits, a real birth date, a check char. */
export function validIdCardNumber({
  bornFrom = '1900-01-01',
  bornTo = '2099-12-31',
}: IdCardOptions = {}): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...provinceCodes), digits(4), localDate(bornFrom, bornTo), digits(3))
    .map(([province, district, birth, sequence]) => composeIdCardNumber(province + district, birth, sequence))
}

/** Valid unified social credit codes: any 17 characters of the GB 32100 alphabet and their check character. */
export function validCreditCode(): fc.Arbitrary<string> {
  return fc
    .string({ unit: fc.constantFrom(...creditCodeAlphabet), minLength: 17, maxLength: 17 })
    .map(composeCreditCode)
}

/** What a user might type in place of a character: printable ASCII, full-width forms, a Han character, a dot. */
export const replacementCharacters: readonly string[] = [
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...'０１２３４５６７８９ＡＢＸｘ',
  '中',
  '·',
]

/** True when the replacement is the same character up to letter case or full width (normalisation undoes it). */
export function foldsToSame(a: string, b: string): boolean {
  return toHalfWidth(a).toUpperCase() === toHalfWidth(b).toUpperCase()
}

export interface SingleCharChange {
  original: string
  changed: string
  index: number
  replacement: string
}

/** One character of a valid value replaced by another that normalisation does not fold back to it. */
export function singleCharChange(valid: fc.Arbitrary<string>): fc.Arbitrary<SingleCharChange> {
  return valid
    .chain((original) =>
      fc.record({
        original: fc.constant(original),
        index: fc.integer({ min: 0, max: original.length - 1 }),
        replacement: fc.constantFrom(...replacementCharacters),
      }),
    )
    .filter(({ original, index, replacement }) => !foldsToSame(original[index] ?? '', replacement))
    .map(({ original, index, replacement }) => ({
      original,
      index,
      replacement,
      changed: original.slice(0, index) + replacement + original.slice(index + 1),
    }))
}

/** Strings made of what people type into a mobile number field. */
export function mobileLikeInput(): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...'0123456789+- \u3000－８６'), maxLength: 20 })
}

/** Strings made of what people type into a name field: Han, Latin, spaces and every dot variant. */
export function adminNameLikeInput(): fc.Arbitrary<string> {
  return fc.string({
    unit: fc.constantFrom(
      '买',
      '提',
      '艾',
      '力',
      '张',
      'A',
      'b',
      ' ',
      '\u3000',
      '.',
      '\u30fb',
      '\uff65',
      '\uff0e',
      '\u2022',
      '\u00b7',
    ),
    maxLength: 16,
  })
}
