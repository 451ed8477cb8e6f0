// GB 32100-2015 unified social credit codes (统一社会信用代码), as pure functions that generators and the
// schema share: 18 characters from a 31-character alphabet (digits and upper-case letters without I, O, S, V,
// Z), the last a check character by MOD 31 with weights 3^i mod 31. The layout is the standard's.

export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'

const modulus = creditCodeAlphabet.length
const weights = Array.from({ length: 17 }, (_, i) => 3 ** i % modulus)

export function isCreditCodeCharacter(c: string): boolean {
  return c.length === 1 && creditCodeAlphabet.includes(c)
}

/** The check character for the first 17 characters, or null when one of them is not in the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  const chars = [...first17]
  if (chars.length !== 17 || !chars.every(isCreditCodeCharacter)) return null
  const sum = chars.reduce((acc, c, i) => acc + creditCodeAlphabet.indexOf(c) * (weights[i] ?? 0), 0)
  return creditCodeAlphabet[(modulus - (sum % modulus)) % modulus] ?? null
}

export function isValidCreditCode(code: string): boolean {
  return code.length === 18 && creditCodeCheckChar(code.slice(0, 17)) === code[17]
}

/** A valid code from its first 17 characters, e.g. for sample values. */
export function composeCreditCode(first17: string): string {
  const check = creditCodeCheckChar(first17)
  if (check === null) throw new Error(`Cannot compose a credit code from ${first17}`)
  return first17 + check
}
