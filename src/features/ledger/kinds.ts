import { t } from '../../i18n'
import { formatDate } from './format'
import type { LedgerRecord, TableName } from '../../storage/ledger'

/** Each table's place in the URL: /ledger/mini-programs/… */
export const slugs: Record<TableName, string> = {
  clients: 'clients',
  subjects: 'subjects',
  officialAccounts: 'accounts',
  admins: 'admins',
  miniPrograms: 'mini-programs',
  associations: 'associations',
  emails: 'emails',
  fees: 'fees',
}

/** The order tables are listed in on the ledger's front page. */
export const listedTables: readonly TableName[] = [
  'miniPrograms',
  'officialAccounts',
  'subjects',
  'admins',
  'clients',
  'associations',
  'emails',
  'fees',
]

export function tableOfSlug(slug: string | undefined): TableName | undefined {
  return (Object.keys(slugs) as TableName[]).find((table) => slugs[table] === slug)
}

export function tableLabel(table: TableName): string {
  return t(`ledger.tables.${table}`)
}

export function recordPath(table: TableName, id?: string): string {
  return id === undefined ? `/ledger/${slugs[table]}` : `/ledger/${slugs[table]}/${encodeURIComponent(id)}`
}

/** A record's name as lists and headings show it. */
export function recordTitle(table: TableName, record: LedgerRecord): string {
  const r = record as Partial<Record<string, unknown>>
  switch (table) {
    case 'miniPrograms':
      return String(r.name ?? r.email)
    case 'emails':
      return String(r.email)
    case 'associations':
      return t('ledger.ui.titles.association', { date: formatDate(String(r.linkedOn)) })
    case 'fees':
      return t('ledger.ui.titles.fee', {
        purpose: t(`ledger.values.purpose.${String(r.purpose)}` as 'ledger.values.purpose.other'),
        amount: String(r.amount),
      })
    default:
      return String(r.name)
  }
}
