// GB 11643-1999 citizen identity numbers (公民身份号码), as pure functions that generators and the schema share:
// a 6-digit region code (its first two digits a province code), the birth date as YYYYMMDD, a 3-digit
// sequence and a check character by ISO 7064 MOD 11-2. The layout is the standard's, not a rule-set number.
import { isLocalDate, type LocalDate } from '../dates'

/**
 * Province-level codes of GB/T 2260 (11 北京 … 65 新疆, 71 台湾, 81 香港, 82 澳门), plus 83: the residence
 * permits of Hong Kong, Macao and Taiwan residents (810000, 820000, 830000) use this same 18-character format.
 */
// prettier-ignore
export const provinceCodes: readonly string[] = [
  '11', '12', '13', '14', '15', // 北京 天津 河北 山西 内蒙古
  '21', '22', '23', // 辽宁 吉林 黑龙江
  '31', '32', '33', '34', '35', '36', '37', // 上海 江苏 浙江 安徽 福建 江西 山东
  '41', '42', '43', '44', '45', '46', // 河南 湖北 湖南 广东 广西 海南
  '50', '51', '52', '53', '54', // 重庆 四川 贵州 云南 西藏
  '61', '62', '63', '64', '65', // 陕西 甘肃 青海 宁夏 新疆
  '71', '81', '82', '83', // 台湾 香港 澳门, and 83 for Taiwan residents' residence permits
]

export function isProvinceCode(code: string): boolean {
  return provinceCodes.includes(code)
}

// Weight of position i (0-based, left to right) is 2^(17-i) mod 11.
const weights = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11)

/** The check character for the first 17 digits: '0'–'9' or 'X' (for 10). Null unless given 17 digits. */
export function idCardCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0)
  const check = (12 - (sum % 11)) % 11
  return check === 10 ? 'X' : String(check)
}

/** The 18-character shape: 17 digits then a digit or an upper-case X. */
export function hasIdCardShape(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id)
}

/** The birth date in positions 7–14, or null when those are not a real calendar date. */
export function idCardBirthDate(id: string): LocalDate | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(id.trim())
  if (!m) return null
  const date = `${m[1]}-${m[2]}-${m[3]}`
  return isLocalDate(date) ? date : null
}

export function hasValidIdCardCheckChar(id: string): boolean {
  return hasIdCardShape(id) && idCardCheckChar(id.slice(0, 17)) === id[17]
}

/** Every structural rule of the standard (not "born in the future", which needs today's date). */
export function isValidIdCardNumber(id: string): boolean {
  return (
    hasIdCardShape(id) &&
    isProvinceCode(id.slice(0, 2)) &&
    idCardBirthDate(id) !== null &&
    hasValidIdCardCheckChar(id)
  )
}

/** A valid number from its parts, e.g. for sample values: region '110105', birth '1949-12-31', sequence '002'. */
export function composeIdCardNumber(regionCode: string, birthDate: LocalDate, sequence: string): string {
  const first17 = `${regionCode}${birthDate.replace(/-/g, '')}${sequence}`
  const check = idCardCheckChar(first17)
  if (check === null || !isProvinceCode(regionCode.slice(0, 2)) || !isLocalDate(birthDate)) {
    throw new Error(`Cannot compose an ID card number from ${regionCode}, ${birthDate}, ${sequence}`)
  }
  return first17 + check
}
