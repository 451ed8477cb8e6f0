import type { z } from 'zod'
import { hasMessage, t } from '../../i18n'
import type { TableName } from '../../domain/ledger'

/** At most this many problems are listed; the rest are counted. */
const shown = 50

/** 「邮箱」 for a record field with a label in the catalog, else the field's own name. */
export function fieldName(table: TableName, field: string): string {
  const key = `ledger.fields.${table}.${field}`
  return hasMessage(key) ? t(key) : field
}

/** 第 3 条小程序记录（编号 abc） */
export function recordName(table: TableName, index: number, row: unknown): string {
  const id = (row as { id?: unknown } | null)?.id
  const params = { n: index + 1, table: t(`ledger.tables.${table}`) }
  return typeof id === 'string' && id !== ''
    ? t('ledger.import.recordWithId', { ...params, id: id.slice(0, 40) })
    : t('ledger.import.record', params)
}

/** 第 3 条小程序记录（编号 abc）的「邮箱」：请输入有效的邮箱地址 */
export function describeIssue(
  table: TableName,
  index: number,
  row: unknown,
  issue: z.core.$ZodIssue,
): string {
  const record = recordName(table, index, row)
  const field = issue.path[0]
  if (issue.code === 'unrecognized_keys') {
    return t('ledger.import.problems.unknownField', { record, field: issue.keys.join('、') })
  }
  if (field === undefined) return t('ledger.import.problems.notRecord', { record })
  return t('ledger.import.problems.field', {
    record,
    field: fieldName(table, String(field)),
    message: issue.message,
  })
}

export function listProblems(problems: readonly string[]): string[] {
  if (problems.length <= shown) return [...problems]
  return [...problems.slice(0, shown), t('ledger.import.problems.more', { count: problems.length - shown })]
}
