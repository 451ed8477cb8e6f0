import { toHalfWidth } from '../fields/text'

/**
 * A count as typed in a box or given in a link. Full-width digits (１２) are folded as every field of the wizard
 * folds them; blank is `null` (unknown); anything but digits is NaN. The range is not checked here: the
 * situation's schema refuses a number outside it (countRange, wantedRange), however many digits it has.
 */
export function readCountText(text: string): number | null {
  const value = toHalfWidth(text).trim()
  if (value === '') return null
  return /^\d+$/.test(value) ? Number(value) : Number.NaN
}

/** The digits of a count as `readCountText` reads them (half-width, trimmed), or `null` when it is not one. */
export function countDigits(text: string): string | null {
  const value = toHalfWidth(text).trim()
  return /^\d+$/.test(value) ? value : null
}
