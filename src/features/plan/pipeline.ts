// 批量规划's work, as plain async functions: run in a Web Worker by the page (plan.worker.ts), and in the same
// thread by tests and where no worker can start (runner.ts). Reading masks and hashes every valid ID card and
// mobile at once: what leaves here holds them only masked, except an invalid cell (kept in memory so that the
// user can correct it, never stored).
import {
  matchHeaders,
  plannedRow,
  planColumnIds,
  readPlanRow,
  ruleSets,
  type ColumnIndex,
  type KeptNumbers,
  type LocalDate,
  type PlanColumnId,
  type PlannedRow,
  type PlanRowProblem,
  type RuleSetId,
} from '../../domain'
import { maskIdCard, maskMobile } from '../../domain'
import { readSheetBytes, readSheetText, type SheetRefusal, type SheetTextResult } from './sheet/read-sheet'
import type { EncodingChoice, SheetEncoding } from './sheet/decode'

export type Hasher = (kind: 'id-card' | 'mobile', value: string) => Promise<string>

/** A number read valid: kept masked, with its keyed hash. */
export interface KeptNumber {
  masked: string
  hash: string
}

/** One row of the sheet as the page keeps it: its cells (a valid ID card's and mobile's emptied), and what reading found. */
export interface SheetRow {
  row: number
  cells: Record<PlanColumnId, string>
  idCard?: KeptNumber
  mobile?: KeptNumber
  /** The row as the scheduler sees it, when it is valid. */
  planned?: PlannedRow
  problems: PlanRowProblem[]
}

export type PlanSource =
  { kind: 'text'; text: string } | { kind: 'file'; bytes: Uint8Array; choice: EncodingChoice }

export interface ReadContext {
  ruleSetId: RuleSetId
  today: LocalDate
  hash: Hasher
}

export interface SheetInfo {
  /** How a file's bytes were read (pasted cells have none). */
  encoding?: SheetEncoding
  /** Headers naming no column (ignored). */
  unknown: string[]
  rows: number
}

export type ReadOutcome =
  | { ok: true; sheet: SheetInfo; rows: SheetRow[] }
  | { ok: false; refusal: SheetRefusal }
  | { ok: false; missing: PlanColumnId[]; unknown: string[] }
  | { ok: false; cancelled: true }

export interface Progress {
  done: number
  total: number
}

/** How many rows are read between two progress reports (and, in the page's thread, two yields). */
export const chunkRows = 200

const emptyCells = () =>
  Object.fromEntries(planColumnIds.map((id) => [id, ''])) as Record<PlanColumnId, string>

/**
 * Reads one row: valid numbers masked and hashed, the row planned when it has no problem. `kept` are numbers
 * read before (a row being corrected, whose number cells are left empty to keep them).
 */
export async function readRow(
  row: number,
  cells: Record<PlanColumnId, string>,
  context: ReadContext,
  kept: { idCard?: KeptNumber; mobile?: KeptNumber } = {},
): Promise<SheetRow> {
  const ruleSet = ruleSets[context.ruleSetId]
  const keep: KeptNumbers = {
    idCard: kept.idCard !== undefined && cells.idCard.trim() === '',
    mobile: kept.mobile !== undefined && cells.mobile.trim() === '',
  }
  const columns: ColumnIndex = Object.fromEntries(planColumnIds.map((id, i) => [id, i]))
  const result = readPlanRow(
    planColumnIds.map((id) => cells[id]),
    columns,
    ruleSet,
    context.today,
    row,
    keep,
  )
  const fullIdCard = result.ok ? result.value.idCard : result.valid.idCard
  const fullMobile = result.ok ? result.value.mobile : result.valid.mobile
  const idCard = keep.idCard
    ? kept.idCard
    : fullIdCard
      ? { masked: maskIdCard(fullIdCard), hash: await context.hash('id-card', fullIdCard) }
      : undefined
  const mobile = keep.mobile
    ? kept.mobile
    : fullMobile
      ? { masked: maskMobile(fullMobile), hash: await context.hash('mobile', fullMobile) }
      : undefined
  // A valid number's cell is emptied: from here on only its masked form and hash exist.
  const stripped = { ...cells, ...(idCard ? { idCard: '' } : {}), ...(mobile ? { mobile: '' } : {}) }
  const sheetRow: SheetRow = {
    row,
    cells: stripped,
    ...(idCard ? { idCard } : {}),
    ...(mobile ? { mobile } : {}),
    problems: result.ok ? [] : result.problems,
  }
  if (result.ok && idCard && mobile) {
    const planned = plannedRow(result.value, { idCard: idCard.hash, mobile: mobile.hash })
    sheetRow.planned = { ...planned, idCardMasked: idCard.masked, mobileMasked: mobile.masked }
  }
  return sheetRow
}

/**
 * The plan from a pasted block or a file: the sheet read, its headers matched, every row read. Reports
 * progress every `chunkRows` rows, awaiting `pause` there (the page's thread yields to the browser), and stops
 * when `cancelled()` says so.
 */
export async function readPlan(
  source: PlanSource,
  context: ReadContext,
  report: (progress: Progress) => void = () => {},
  pause: () => Promise<void> = async () => {},
  cancelled: () => boolean = () => false,
): Promise<ReadOutcome> {
  let sheet: SheetTextResult
  let encoding: SheetEncoding | undefined
  if (source.kind === 'text') sheet = readSheetText(source.text)
  else {
    const fromFile = readSheetBytes(source.bytes, source.choice)
    if (fromFile.ok) encoding = fromFile.encoding
    sheet = fromFile
  }
  if (!sheet.ok) return { ok: false, refusal: sheet }
  const match = matchHeaders(sheet.headers)
  if (match.missing.length > 0) return { ok: false, missing: match.missing, unknown: match.unknown }
  const rows: SheetRow[] = []
  const total = sheet.rows.length
  report({ done: 0, total })
  for (let i = 0; i < total; i += 1) {
    const { row, cells } = sheet.rows[i]!
    const byColumn = emptyCells()
    for (const id of planColumnIds) {
      const index = match.columns[id]
      if (index !== undefined) byColumn[id] = cells[index] ?? ''
    }
    rows.push(await readRow(row, byColumn, context))
    if ((i + 1) % chunkRows === 0) {
      report({ done: i + 1, total })
      await pause()
      if (cancelled()) return { ok: false, cancelled: true }
    }
  }
  report({ done: total, total })
  return {
    ok: true,
    sheet: {
      ...(encoding ? { encoding } : {}),
      unknown: match.unknown,
      rows: total,
    },
    rows,
  }
}
