// How identity numbers are shown and kept once their step is done: masked, never in full.

/** `110***********123X`: the first 3 and last 4 characters of an 18-character ID card number. */
export function maskIdCard(id: string): string {
  if (id.length <= 7) return '*'.repeat(id.length)
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`
}

/** `138****1234`: the first 3 and last 4 digits of a mobile number. */
export function maskMobile(mobile: string): string {
  if (mobile.length <= 7) return '*'.repeat(mobile.length)
  return `${mobile.slice(0, 3)}${'*'.repeat(mobile.length - 7)}${mobile.slice(-4)}`
}

/** The forms kept once an identity's step is done: the masks above, and a keyed hash (HMAC-SHA-256, hex). */
export const identityFormats = {
  maskedIdCard: /^[0-9]{3}\*{11}[0-9]{3}[0-9Xx]$/,
  maskedMobile: /^[0-9]{3}\*{4}[0-9]{4}$/,
  keyedHash: /^[0-9a-f]{64}$/,
} as const
