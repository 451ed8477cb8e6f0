// 批量规划: what the user gives (pasted cells, or a file's bytes) as a header row and data rows, or a refusal in
// Chinese. Pure, for the plan's worker and for tests; the catalog area 'plan' must be registered first.
import { t } from '../../../i18n'
import {
  decodeSheet,
  maxSheetBytes,
  type DecodeRefusalReason,
  type EncodingChoice,
  type EncodingPreview,
  type SheetEncoding,
} from './decode'
import { parseSheet, type Delimiter, type ParseRefusalReason, type SheetRow } from './parse'

export type SheetRefusalReason = DecodeRefusalReason | ParseRefusalReason

/** Why the sheet cannot be read; for 'unsure', each encoding's reading of the first line, to choose from. */
export interface SheetRefusal {
  ok: false
  reason: SheetRefusalReason
  message: string
  previews?: EncodingPreview[]
}

export interface Sheet {
  ok: true
  delimiter: Delimiter
  headers: string[]
  rows: SheetRow[]
}

export type SheetTextResult = Sheet | SheetRefusal
/** A file's sheet also says how its bytes were read. */
export type SheetBytesResult = (Sheet & { encoding: SheetEncoding }) | SheetRefusal

/** Pasted cells (or text already decoded). */
export function readSheetText(text: string): SheetTextResult {
  // A UTF-16 code unit is at least one byte in any encoding: the same cap as a file's, never more lenient.
  if (text.length > maxSheetBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: t('plan.sheet.problems.tooLargeText', { max: maxSheetBytes / (1024 * 1024) }),
    }
  }
  return parseSheet(text)
}

/** A file's bytes, decoded as `choice` says ('auto' to detect), then read. */
export function readSheetBytes(bytes: Uint8Array, choice: EncodingChoice): SheetBytesResult {
  const decoded = decodeSheet(bytes, choice)
  if (!decoded.ok) return decoded
  const sheet = parseSheet(decoded.text)
  return sheet.ok ? { ...sheet, encoding: decoded.encoding } : sheet
}
