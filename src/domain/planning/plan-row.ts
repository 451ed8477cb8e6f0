// 批量规划: one row of a plan, read from the cells of a spreadsheet (pasted or from a CSV file) and checked with
// the field schemas every other screen uses. Reading never throws: what a user typed wrong comes back as
// problems naming the row and the column, in Chinese. The headers, the 注册方式 words and the problems live in
// the lazy catalog area 'plan' (src/i18n/zh-CN/plan): register it (addMessages('plan', plan)) before calling.
import type { z } from 'zod'
import { t, type MessageKey } from '../../i18n'
import type { LocalDate } from '../dates'
import { createFieldSchemas, type FieldSchemas } from '../fields/field-schemas'
import { createIdCardForAdminSchema } from '../fields/id-card-for-admin'
import { ruleOfIssue } from '../fields/field-problem'
import { toHalfWidth } from '../fields/text'
import { maskIdCard, maskMobile } from '../identity'
import type { RuleId } from '../rules/rule-ids'
import type { RuleSet } from '../rules/rule-set'
import { subjectTypes, type SubjectType } from '../subject'

export const planColumnIds = [
  'subjectName',
  'creditCode',
  'subjectType',
  'path',
  'officialAccount',
  'adminName',
  'idCard',
  'mobile',
  'email',
  'miniProgramName',
  'wishedMonth',
] as const

export type PlanColumnId = (typeof planColumnIds)[number]

export interface PlanColumn {
  id: PlanColumnId
  /** The Chinese header (the template's, and what `matchHeaders` looks for): t(header). */
  header: MessageKey
  /**
   * Must be filled in every row. 公众号 is required only on the 复用公众号 path; 统一社会信用代码 not for an
   * individual (个人 has none); 希望完成月份 never.
   */
  required: boolean
}

/** The plan's columns, in the template's order. */
export const planColumns: readonly PlanColumn[] = planColumnIds.map((id) => ({
  id,
  header: `plan.columns.${id}`,
  required: id !== 'officialAccount' && id !== 'wishedMonth' && id !== 'creditCode',
}))

/** 注册方式: 单独注册, 复用公众号 (fast registration), or 不限 (the scheduler chooses, see schedule.ts). */
export type PlanPath = 'standalone' | 'reuse' | 'either'
const planPaths: readonly PlanPath[] = ['standalone', 'reuse', 'either']

/** Which cell holds each column: the index into a row's cells. */
export type ColumnIndex = Partial<Record<PlanColumnId, number>>

export interface HeaderMatch {
  columns: ColumnIndex
  /** Headers that name no column (ignored, and the page says so), as written. */
  unknown: string[]
  /** Required columns no header names: no row can be read without them. */
  missing: PlanColumnId[]
}

/** A header or cell as compared: full-width forms half-width, the ideographic space a space, trimmed. */
function clean(cell: string): string {
  return toHalfWidth(cell).replace(/\s+/g, ' ').trim()
}

/** A header as matched: cleaned, and without any space (「管理员 手机」 is 管理员手机). */
function headerKey(header: string): string {
  return clean(header).replace(/ /g, '')
}

/**
 * Which cell holds which column. Headers may come in any order; surrounding and full-width spaces are
 * tolerated. The first header naming a column wins; a repeated one counts as unknown. Empty headers are
 * skipped silently (a spreadsheet's trailing empty cells).
 */
export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const byKey = new Map(planColumns.map((column) => [headerKey(t(column.header)), column.id]))
  const columns: ColumnIndex = {}
  const unknown: string[] = []
  headers.forEach((header, index) => {
    const key = headerKey(header)
    if (key === '') return
    const id = byKey.get(key)
    if (id === undefined || columns[id] !== undefined) unknown.push(header.trim())
    else columns[id] = index
  })
  const missing = planColumns.filter((c) => c.required && columns[c.id] === undefined).map((c) => c.id)
  return { columns, unknown, missing }
}

/** What a valid row holds, normalised by the field schemas. The only type with full ID card and mobile. */
export interface PlanRowInput {
  /** The row's number as the user sees it in the sheet (the caller counts; the header row is usually 1). */
  row: number
  subjectName: string
  /** `null` for an individual who left it empty. */
  creditCode: string | null
  subjectType: SubjectType
  path: PlanPath
  /** The official account's name, `null` when none is given. */
  officialAccount: string | null
  adminName: string
  /** In full: mask and hash it (`plannedRow`) before it goes anywhere else. */
  idCard: string
  /** In full: likewise. */
  mobile: string
  email: string
  miniProgramName: string
  /** 'YYYY-MM', `null` when not given. */
  wishedMonth: string | null
}

/**
 * Numbers read before and kept only masked and hashed (a row being corrected): their cells are not read
 * again, and the row's `idCard` / `mobile` come back empty (the caller keeps the masked number and hash).
 * A kept ID card was checked against the subject type it was read with.
 */
export interface KeptNumbers {
  idCard?: boolean
  mobile?: boolean
}

/** One thing wrong in one cell of a row (`rule` when a platform rule says so). */
export interface PlanRowProblem {
  row: number
  column: PlanColumnId
  message: string
  rule?: RuleId
}

/**
 * A row with problems still says which of its numbers were valid (normalised, in full): the caller masks and
 * hashes them at once, as for a valid row, so that correcting another cell never needs them typed again.
 */
export type PlanRowResult =
  | { ok: true; value: PlanRowInput }
  | { ok: false; problems: PlanRowProblem[]; valid: { idCard?: string; mobile?: string } }

// The schemas are built once per rule set (and day and subject type), not once per row: a plan has thousands.
const fieldSchemas = new WeakMap<RuleSet, FieldSchemas>()
const idCardSchemas = new WeakMap<RuleSet, Map<string, z.ZodType<string>>>()

function schemasOf(ruleSet: RuleSet): FieldSchemas {
  let schemas = fieldSchemas.get(ruleSet)
  if (!schemas) fieldSchemas.set(ruleSet, (schemas = createFieldSchemas(ruleSet)))
  return schemas
}

function idCardSchemaOf(ruleSet: RuleSet, today: LocalDate, subjectType: SubjectType): z.ZodType<string> {
  const byKey = idCardSchemas.get(ruleSet) ?? new Map<string, z.ZodType<string>>()
  idCardSchemas.set(ruleSet, byKey)
  const key = `${today} ${subjectType}`
  let schema = byKey.get(key)
  if (!schema) byKey.set(key, (schema = createIdCardForAdminSchema(ruleSet, today, subjectType)))
  return schema
}

/** Reads 2027-03, 2027/3, 2027.03, 2027年3月 and a whole date (2027-03-15) as 'YYYY-MM'; `null` otherwise. */
export function readMonth(cell: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*月|\s*[-/.]\s*\d{1,2}\s*日?)?$/.exec(clean(cell))
  if (!m) return null
  const month = Number(m[2])
  if (month < 1 || month > 12) return null
  return `${m[1]}-${String(month).padStart(2, '0')}`
}

/** A choice cell matched against its catalog words: 企业 → enterprise, 不限 → either. */
function choice<T extends string>(cell: string, options: readonly T[], label: (o: T) => string): T | null {
  const key = headerKey(cell)
  return options.find((option) => headerKey(label(option)) === key) ?? null
}

/**
 * One row: a valid `PlanRowInput`, or every problem found in it. The cells are indexed by `columns` (from
 * `matchHeaders`); a column missing from the sheet reads as empty. `today` (China's date) is for the ID card's
 * birth date; `row` is the row's number as the user sees it.
 */
export function readPlanRow(
  cells: readonly string[],
  columns: ColumnIndex,
  ruleSet: RuleSet,
  today: LocalDate,
  row: number,
  kept: KeptNumbers = {},
): PlanRowResult {
  const schemas = schemasOf(ruleSet)
  const problems: PlanRowProblem[] = []
  const cell = (id: PlanColumnId): string => {
    const index = columns[id]
    return index === undefined ? '' : (cells[index] ?? '')
  }
  const say = (column: PlanColumnId, key: MessageKey, params: Record<string, string> = {}, rule?: RuleId) => {
    problems.push({
      row,
      column,
      message: t(key, { column: t(`plan.columns.${column}`), ...params }),
      ...(rule ? { rule } : {}),
    })
  }
  /** A cell parsed by a field schema: its value, or its first problem recorded. */
  const field = (column: PlanColumnId, schema: z.ZodType<string>): string | null => {
    const raw = cell(column)
    if (clean(raw) === '') {
      say(column, 'plan.problems.required')
      return null
    }
    const parsed = schema.safeParse(raw)
    if (parsed.success) return parsed.data
    const issue = parsed.error.issues[0]
    if (issue) {
      const rule = ruleOfIssue(issue)
      problems.push({ row, column, message: issue.message, ...(rule ? { rule } : {}) })
    }
    return null
  }

  const subjectName = field('subjectName', schemas.subjectName)
  const typeCell = clean(cell('subjectType'))
  const subjectType =
    typeCell === '' ? null : choice(typeCell, subjectTypes, (type) => t(`terms.subjectType.${type}`))
  if (typeCell === '') say('subjectType', 'plan.problems.required')
  else if (subjectType === null) {
    say('subjectType', 'plan.problems.subjectType', {
      value: typeCell,
      allowed: subjectTypes.map((type) => t(`terms.subjectType.${type}`)).join(t('app.listSeparator')),
    })
  }
  // 个人 has no credit code: optional for an individual, checked when given.
  const creditCode =
    subjectType === 'individual' && clean(cell('creditCode')) === ''
      ? null
      : field('creditCode', schemas.creditCode)
  const pathCell = clean(cell('path'))
  const path = pathCell === '' ? null : choice(pathCell, planPaths, (p) => t(`plan.paths.${p}`))
  if (pathCell === '') say('path', 'plan.problems.required')
  else if (path === null) {
    say('path', 'plan.problems.path', {
      value: pathCell,
      allowed: planPaths.map((p) => t(`plan.paths.${p}`)).join(t('app.listSeparator')),
    })
  }
  const officialAccount = clean(cell('officialAccount')) || null
  if (path === 'reuse' && officialAccount === null) {
    say('officialAccount', 'plan.problems.officialAccountRequired', { path: t('plan.paths.reuse') })
  }
  const adminName = field('adminName', schemas.adminName)
  // The birth-date checks need the subject type (an individual's admin is 18 or older): without a valid type,
  // only the number's own rules.
  const idCard = kept.idCard
    ? ''
    : field(
        'idCard',
        subjectType === null ? schemas.idCardNumber : idCardSchemaOf(ruleSet, today, subjectType),
      )
  const mobile = kept.mobile ? '' : field('mobile', schemas.mobile)
  const email = field('email', schemas.email)
  const miniProgramName = field('miniProgramName', schemas.miniProgramName)
  const monthCell = clean(cell('wishedMonth'))
  const wishedMonth = monthCell === '' ? null : readMonth(monthCell)
  if (monthCell !== '' && wishedMonth === null)
    say('wishedMonth', 'plan.problems.month', { value: monthCell })

  // In the sheet's column order (the template's), whatever order the checks ran in.
  problems.sort((a, b) => planColumnIds.indexOf(a.column) - planColumnIds.indexOf(b.column))
  if (
    problems.length > 0 ||
    subjectName === null ||
    subjectType === null ||
    path === null ||
    adminName === null ||
    idCard === null ||
    mobile === null ||
    email === null ||
    miniProgramName === null
  ) {
    const valid = {
      ...(idCard ? { idCard } : {}),
      ...(mobile ? { mobile } : {}),
    }
    return { ok: false, problems, valid }
  }
  return {
    ok: true,
    value: {
      row,
      subjectName,
      creditCode,
      subjectType,
      path,
      officialAccount,
      adminName,
      idCard,
      mobile,
      email,
      miniProgramName,
      wishedMonth,
    },
  }
}

/**
 * A row as the scheduler, the page and any export see it: the ID card and mobile masked, with the keyed hashes
 * (HMAC-SHA-256, computed by the browser: src/platform) that let rows and the ledger be matched without them.
 */
export interface PlannedRow extends Omit<PlanRowInput, 'idCard' | 'mobile'> {
  idCardMasked: string
  idCardHash: string
  mobileMasked: string
  mobileHash: string
}

/** The row without its full numbers: masked here, hashed by the caller (the key never reaches the domain). */
export function plannedRow(input: PlanRowInput, hashes: { idCard: string; mobile: string }): PlannedRow {
  const { idCard, mobile, ...rest } = input
  return {
    ...rest,
    idCardMasked: maskIdCard(idCard),
    idCardHash: hashes.idCard,
    mobileMasked: maskMobile(mobile),
    mobileHash: hashes.mobile,
  }
}

/**
 * How rows and the ledger name a subject: its credit code, or for an individual without one, its name
 * (prefixed so that a name can never equal a code).
 */
export function subjectKey(row: Pick<PlanRowInput, 'creditCode' | 'subjectName'>): string {
  return row.creditCode ?? `name:${row.subjectName}`
}
