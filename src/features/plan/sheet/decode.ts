// 批量规划: a CSV file's bytes as text. UTF-8 with or without a byte order mark, or GB18030/GBK as Chinese Excel and
// WPS save 「CSV（逗号分隔）」; detected, or chosen by the user when detection cannot tell. Pure: no DOM, no React, so
// it runs in a Web Worker and in Node. TextDecoder('gb18030') is in the Encoding Standard, in every browser, and in
// Node built with full ICU (the default); `fatal` makes a byte sequence the encoding cannot hold throw.
import { t } from '../../../i18n'

/** The largest file read: 20 MiB. A 5,000-row plan is about 1 MB, so this leaves room for wide, wordy sheets. */
export const maxSheetBytes = 20 * 1024 * 1024

/** How the file was read. */
export type SheetEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030'
/** What the user asked for: detect, or one encoding. */
export type EncodingChoice = 'auto' | 'utf-8' | 'gb18030'
/** An encoding the user can choose when detection is unsure, with its first line read that way. */
export interface EncodingPreview {
  encoding: 'utf-8' | 'gb18030'
  sample: string
}

export type DecodeRefusalReason = 'empty' | 'binary' | 'too-large' | 'unsure' | 'undecodable'

export type DecodeResult =
  | { ok: true; text: string; encoding: SheetEncoding }
  | { ok: false; reason: DecodeRefusalReason; message: string; previews?: EncodingPreview[] }

/** Bytes per MB as the messages count them (MiB: the size a file manager shows). */
const mb = 1024 * 1024
/** How much of the file the binary checks look at: enough for any header, cheap for 20 MB. */
const sniffBytes = 64 * 1024
/** Above this share of control characters (other than tab, CR, LF) the bytes are not text. */
const maxControlShare = 0.02
/**
 * GB18030 text is judged unlikely when more than this share of its multi-byte characters lie outside GB2312 (the
 * 6,763 common hanzi and the usual symbols): real Chinese text is nearly all GB2312, while UTF-8 or other bytes
 * read as GB18030 land mostly in the rare GBK extension, user-defined areas and four-byte sequences. Damaged UTF-8
 * (the plan's own headers and sample values, two at a time with a stray byte: 20,700 files that GB18030 accepts)
 * never came under this share; Big5 (traditional Chinese) comes out around a half.
 */
const maxRareGbShare = 0.1
/** How many characters of a line a preview shows. */
const previewLength = 60

type DecodeRefusal = Extract<DecodeResult, { ok: false }>

const refuse = (reason: DecodeRefusalReason, message: string, previews?: EncodingPreview[]): DecodeRefusal =>
  previews ? { ok: false, reason, message, previews } : { ok: false, reason, message }

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

const utf8Bom = [0xef, 0xbb, 0xbf]
/** Zip (xlsx, and every Office Open XML file) and OLE2 compound files (the old .xls). */
const workbookSignatures = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
]
const utf16Boms = [
  [0xff, 0xfe],
  [0xfe, 0xff],
]

/** Only ASCII whitespace (after any BOM): an empty sheet, whatever the encoding. */
function blank(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0b && b !== 0x0c) return false
  }
  return true
}

/** NUL bytes, or more control characters than text ever has, in the first `sniffBytes`. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, sniffBytes)
  let controls = 0
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++
  }
  return controls > end * maxControlShare
}

function decode(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030', fatal: boolean): string | null {
  try {
    // ignoreBOM: a BOM is stripped (or not) by us, so that 'utf-8-bom' is reported only when there was one.
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * The share of GB18030 multi-byte characters outside GB2312's hanzi and symbol rows (lead byte A1–F7, trail byte
 * A1–FE): the GBK extension, user-defined areas and four-byte sequences.
 */
function rareGbShare(bytes: Uint8Array): number {
  let common = 0
  let rare = 0
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!
    if (lead < 0x80) continue
    const next = bytes[i + 1] ?? 0
    if (next >= 0x30 && next <= 0x39) {
      rare++
      i += 3
    } else {
      if (lead >= 0xa1 && lead <= 0xf7 && next >= 0xa1 && next <= 0xfe) common++
      else rare++
      i += 1
    }
  }
  return common + rare === 0 ? 0 : rare / (common + rare)
}

/** The first line with a non-ASCII byte (the Chinese headers, usually line 1), read in each encoding. */
function previews(bytes: Uint8Array): EncodingPreview[] {
  let start = 0
  let end = bytes.length
  for (let lineStart = 0; lineStart < bytes.length;) {
    let lineEnd = bytes.indexOf(0x0a, lineStart)
    if (lineEnd === -1) lineEnd = bytes.length
    if (bytes.subarray(lineStart, lineEnd).some((b) => b >= 0x80)) {
      start = lineStart
      end = lineEnd
      break
    }
    lineStart = lineEnd + 1
  }
  // A line's bytes, cut short before decoding so a 10 MB line costs nothing; a cut character decodes as �.
  const line = bytes.subarray(start, Math.min(end, start + previewLength * 4))
  const sample = (encoding: 'utf-8' | 'gb18030') =>
    (decode(line, encoding, false) ?? '').replace(/\r$/, '').slice(0, previewLength)
  return [
    { encoding: 'utf-8', sample: sample('utf-8') },
    { encoding: 'gb18030', sample: sample('gb18030') },
  ]
}

/** A file of `size` bytes is refused before it is read at all when it is over `maxSheetBytes`. */
export function fileTooLarge(size: number): DecodeRefusal | null {
  if (size <= maxSheetBytes) return null
  return refuse(
    'too-large',
    t('plan.sheet.problems.tooLargeFile', { size: (size / mb).toFixed(1), max: maxSheetBytes / mb }),
  )
}

/**
 * The file's text, or why it cannot be read (in Chinese, from the catalog area 'plan': register it first).
 * `choice` 'auto' detects: a UTF-8 BOM, else valid UTF-8, else GB18030 when it reads as likely Chinese text, else
 * 'unsure' with each encoding's reading of the first line so the user can choose. An explicit choice decodes with
 * that encoding and refuses ('undecodable') bytes it cannot hold.
 */
export function decodeSheet(bytes: Uint8Array, choice: EncodingChoice): DecodeResult {
  const tooLarge = fileTooLarge(bytes.length)
  if (tooLarge) return tooLarge
  const hasBom = startsWith(bytes, utf8Bom)
  if (blank(bytes, hasBom ? utf8Bom.length : 0)) return refuse('empty', t('plan.sheet.problems.emptyFile'))
  if (workbookSignatures.some((signature) => startsWith(bytes, signature))) {
    return refuse('binary', t('plan.sheet.problems.workbook'))
  }
  if (utf16Boms.some((bom) => startsWith(bytes, bom))) return refuse('binary', t('plan.sheet.problems.utf16'))
  if (looksBinary(bytes)) return refuse('binary', t('plan.sheet.problems.binary'))

  if (choice === 'gb18030') {
    const text = decode(bytes, 'gb18030', true)
    return text === null
      ? refuse('undecodable', t('plan.sheet.problems.undecodableGb18030'))
      : { ok: true, text, encoding: 'gb18030' }
  }
  const body = hasBom ? bytes.subarray(utf8Bom.length) : bytes
  const utf8 = decode(body, 'utf-8', true)
  if (utf8 !== null) return { ok: true, text: utf8, encoding: hasBom ? 'utf-8-bom' : 'utf-8' }
  if (choice === 'utf-8') return refuse('undecodable', t('plan.sheet.problems.undecodableUtf8'))

  const gb = hasBom ? null : decode(bytes, 'gb18030', true)
  if (gb !== null && rareGbShare(bytes) <= maxRareGbShare) {
    return { ok: true, text: gb, encoding: 'gb18030' }
  }
  return refuse('unsure', t('plan.sheet.problems.unsure'), previews(body))
}
