import { isLocalDate } from '../../domain'
import { t } from '../../i18n'
import type { LedgerDatabase, LedgerRecord, TableName } from '../../storage/ledger'
import { choiceLabel } from './field-words'
import { formFields, type FieldSpec } from './form-fields'
import { formatDate } from './format'
import { recordTitle } from './kinds'

/** Titles of the records a set of records points at, by table and id. */
export type RefTitles = Map<string, string>

export function specOf(table: TableName, field: string): FieldSpec | undefined {
  return formFields[table].find((spec) => spec.name === field)
}

/** Looks up the titles of every record `records` refer to through `fields`. */
export async function refTitles(
  db: LedgerDatabase,
  table: TableName,
  records: readonly LedgerRecord[],
  fields: readonly string[],
): Promise<RefTitles> {
  const titles: RefTitles = new Map()
  for (const field of fields) {
    const target = specOf(table, field)?.ref
    if (!target) continue
    const ids = [
      ...new Set(
        records.map((r) => (r as Record<string, unknown>)[field]).filter((v) => typeof v === 'string'),
      ),
    ]
    const found = await db.table<LedgerRecord, string>(target).bulkGet(ids as string[])
    for (const record of found) if (record) titles.set(`${target}:${record.id}`, recordTitle(target, record))
  }
  return titles
}

/** A stored value as a reader sees it: words for choices, dates in Chinese, 是/否, titles for references. */
export function displayValue(table: TableName, field: string, value: unknown, titles?: RefTitles): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('ledger.ui.details.none')
  }
  const spec = specOf(table, field)
  if (typeof value === 'boolean') return t(value ? 'ledger.values.yes' : 'ledger.values.no')
  if (Array.isArray(value))
    return value.map((v) => (spec ? choiceLabel(spec, String(v)) : String(v))).join(t('ledger.ui.separator'))
  if (spec?.ref) return titles?.get(`${spec.ref}:${String(value)}`) ?? String(value)
  if (spec?.check === 'choice') return choiceLabel(spec, String(value))
  if (spec?.check === 'amount') return t('terms.money.yuan', { amount: String(value) })
  if (typeof value === 'string' && isLocalDate(value)) return formatDate(value)
  return String(value)
}
