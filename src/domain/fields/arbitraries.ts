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

// Valid values for the fields a wizard step asks for, under both rule sets (their field rules are the same).
// Each is built to pass its schema, sometimes in a form the schema normalises (upper case, spaces, +86).

const lowerAlnum = [...'abcdefghijklmnopqrstuvwxyz0123456789']

function word(min: number, max: number, chars: readonly string[] = lowerAlnum): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max })
}

/** Addresses zod's email pattern accepts, well under EMAIL_FORMAT's length; `domain` keeps pools apart. */
export function validEmail(domain?: string): fc.Arbitrary<string> {
  const at =
    domain === undefined
      ? fc.tuple(word(1, 10), fc.constantFrom('com', 'cn', 'net')).map(([name, tld]) => `${name}.${tld}`)
      : fc.constant(domain)
  return fc
    .tuple(word(1, 12), fc.option(word(1, 6), { nil: undefined }), at, fc.boolean())
    .map(([local, tag, host, shout]) => {
      const email = `${local}${tag === undefined ? '' : `.${tag}`}@${host}`
      return shout ? ` ${email.toUpperCase()} ` : email
    })
}

/** Mainland mobile numbers: 1, then 3 to 9, then 9 digits; sometimes typed with +86, spaces or dashes. */
export function validMobile(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...'3456789'), digits(9), fc.constantFrom('plain', 'grouped', 'prefixed'))
    .map(([second, rest, form]) => {
      const mobile = `1${second}${rest}`
      if (form === 'plain') return mobile
      const grouped = `${mobile.slice(0, 3)} ${mobile.slice(3, 7)}-${mobile.slice(7)}`
      return form === 'grouped' ? grouped : `+86 ${grouped}`
    })
}

const hanForNames = [...'张王李赵刘陈杨黄周吴买提艾力古丽娜尔伟芳敏静']

/** Names as on an ID card: Han characters, parts joined by the middle dot (or a dot variant people type). */
export function validAdminName(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(word(1, 4, hanForNames), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('·', '.', '\u30fb', ' · '),
    )
    .map(([parts, dot]) => parts.join(dot))
}

// No 小, 程 or 序: nothing generated can contain MP_NAME's forbidden word.
const hanForTitles = [...'示例预约助手服务门店在线查看排队进度健康图书云课堂']

/** Mini program names 4 to 30 wide (a Han character is 2): 2 to 15 Han characters, or Han with Latin. */
export function validMiniProgramName(): fc.Arbitrary<string> {
  return fc.oneof(
    word(2, 15, hanForTitles),
    fc.tuple(word(1, 10, hanForTitles), word(2, 8, [...'ABCxyz'])).map(([han, latin]) => han + latin),
  )
}

/** Introductions of 4 to 120 characters. */
export function validIntro(): fc.Arbitrary<string> {
  return fc
    .tuple(word(4, 100, hanForTitles), fc.constantFrom('', '。', '，欢迎使用。'))
    .map(([text, end]) => text + end)
}

/** A logo's metadata as the browser reports it: an accepted type within MP_LOGO's size. */
export function validLogo(): fc.Arbitrary<{
  name: string
  type: string
  size: number
  width?: number
  height?: number
}> {
  return fc.record(
    {
      name: fc.constantFrom('logo.png', 'logo.jpg', 'icon.gif', 'mark.bmp'),
      type: fc.constantFrom('image/png', 'image/jpeg', 'image/gif', 'image/bmp', 'image/jpg', ''),
      size: fc.integer({ min: 1, max: 2 * 1024 * 1024 }),
      width: fc.integer({ min: 16, max: 1024 }),
      height: fc.integer({ min: 16, max: 1024 }),
    },
    { requiredKeys: ['name', 'type', 'size'] },
  )
}

/** A subject's name (主体名称): 2 to 100 characters once trimmed. */
export function validSubjectName(): fc.Arbitrary<string> {
  return fc
    .tuple(word(2, 20, hanForTitles), fc.constantFrom('有限公司', '工作室', '', '  '))
    .map(([name, suffix]) => name + suffix)
}

/** A legacy business registration number (营业执照注册号): 15 digits, which CREDIT_CODE still accepts. */
export function validLegacyRegistrationNumber(): fc.Arbitrary<string> {
  return digits(15)
}
