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
