// 批量规划: a sheet's text as a header row and data rows of string cells. Tab-separated (cells pasted from Excel
// or WPS: a cell holding a tab, a quote or a line break comes quoted, quotes doubled) or comma-separated (RFC 4180:
// quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF or CR end a row). A small hand-written
// reader rather than a library: it must number rows as the spreadsheet shows them (a quoted multi-line cell is
// still one row) and name the row where an unclosed quote opened, which is the whole of the work here.
// One pass over the text, cells cut with slice(): linear in the text's length, whatever the cells hold.
import { t } from '../../../i18n'

export type Delimiter = ',' | '\t'

export interface SheetRow {
  /** The row's number as the spreadsheet shows it: the header is row 1; blank rows keep their numbers. */
  row: number
  cells: string[]
}

export type ParseRefusalReason = 'empty' | 'no-header' | 'no-rows' | 'unterminated-quote'

export type ParseResult =
  | { ok: true; delimiter: Delimiter; headers: string[]; rows: SheetRow[] }
  | { ok: false; reason: ParseRefusalReason; message: string }

/**
 * What our own CSV export puts a ' before, so that a spreadsheet does not run the cell as a formula
 * (src/storage/ledger/csv.ts): read back without the '. A CR start cannot come back: CR is a line break here.
 */
const defusedStarts = new Set(['=', '+', '-', '@', '\t'])

const QUOTE = 34
const CR = 13
const LF = 10

/** The delimiter, from the first line: a tab when it has one (pasted cells), else a comma. */
function delimiterOf(text: string): Delimiter {
  const lf = text.indexOf('\n')
  const cr = text.indexOf('\r')
  const end = lf === -1 ? (cr === -1 ? text.length : cr) : cr === -1 ? lf : Math.min(lf, cr)
  return text.slice(0, end).includes('\t') ? '\t' : ','
}

function cellOf(raw: string): string {
  return raw.length > 1 && raw.charCodeAt(0) === 39 /* ' */ && defusedStarts.has(raw[1]!) ? raw.slice(1) : raw
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '')

/**
 * The sheet's header row and its non-blank data rows, or why it cannot be read (in Chinese, from the catalog area
 * 'plan': register it first). Cells are kept as written (the domain trims), except that line breaks inside a
 * quoted cell become LF and a cell our export defused ('=…) loses its '. Nothing is evaluated.
 */
export function parseSheet(text: string): ParseResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') return { ok: false, reason: 'empty', message: t('plan.sheet.problems.emptyText') }
  const delimiter = delimiterOf(text)
  const delim = delimiter.charCodeAt(0)
  const length = text.length

  const records: SheetRow[] = []
  let cells: string[] = []
  let row = 1
  let i = 0
  const endRow = () => {
    records.push({ row, cells })
    cells = []
    row++
  }

  while (i < length) {
    // At the start of a cell.
    if (text.charCodeAt(i) === QUOTE) {
      let value = ''
      let from = i + 1
      for (;;) {
        const close = text.indexOf('"', from)
        // Unclosed: the quote opened in this row (rows are counted only outside quotes).
        if (close === -1) {
          return {
            ok: false,
            reason: 'unterminated-quote',
            message: t('plan.sheet.problems.unterminatedQuote', { row }),
          }
        }
        value += text.slice(from, close)
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"'
          from = close + 2
        } else {
          i = close + 1
          break
        }
      }
      // Anything after the closing quote up to the delimiter is kept as written (as Excel does): "a"b → ab.
      let end = i
      while (end < length) {
        const c = text.charCodeAt(end)
        if (c === delim || c === CR || c === LF) break
        end++
      }
      value += text.slice(i, end)
      i = end
      cells.push(cellOf(value.replace(/\r\n?/g, '\n')))
    } else {
      let end = i
      while (end < length) {
        const c = text.charCodeAt(end)
        if (c === delim || c === CR || c === LF) break
        end++
      }
      cells.push(cellOf(text.slice(i, end)))
      i = end
    }
    // After a cell: a delimiter (another cell follows), a line break (the row ends) or the end of the text.
    const c = text.charCodeAt(i)
    if (c === delim) {
      i++
      // A delimiter at the very end, or right before a line break, leaves one more empty cell.
      const next = text.charCodeAt(i)
      if (i === length || next === CR || next === LF) cells.push('')
    }
    if (i < length && (text.charCodeAt(i) === CR || text.charCodeAt(i) === LF)) {
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
      endRow()
      // An empty line: a row of no cells (blank, skipped below, its number kept).
      while (i < length && (text.charCodeAt(i) === CR || text.charCodeAt(i) === LF)) {
        i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
        endRow()
      }
    }
  }
  // The last row, when the text does not end with a line break.
  if (cells.length > 0) endRow()

  const [header, ...data] = records
  if (!header || isBlank(header.cells)) {
    return {
      ok: false,
      reason: 'no-header',
      message: t('plan.sheet.problems.noHeader', { example: t('plan.columns.subjectName') }),
    }
  }
  const rows = data.filter((record) => !isBlank(record.cells))
  if (rows.length === 0) return { ok: false, reason: 'no-rows', message: t('plan.sheet.problems.noRows') }
  return { ok: true, delimiter, headers: header.cells, rows }
}
