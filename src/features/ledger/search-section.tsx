import { useState } from 'react'
import { Link } from 'react-router'
import { t } from '../../i18n'
import type { LedgerDatabase, LedgerRecord, TableName } from '../../storage/ledger'
import { TextField } from '../../ui/form/text-field'
import { recordPath, recordTitle, tableLabel } from './kinds'
import { useLedgerEnv } from './use-ledger-env'
import { useLiveQuery } from './use-live-query'

const searched: readonly TableName[] = ['subjects', 'officialAccounts', 'miniPrograms']
const perTable = 20

/** True when the record's name, email, AppID or credit code contains the query (case-insensitive). */
export function matches(record: LedgerRecord, query: string): boolean {
  const r = record as Partial<Record<string, unknown>>
  return [r.name, r.email, r.appId, r.creditCode].some(
    (value) => typeof value === 'string' && value.toLowerCase().includes(query),
  )
}

/**
 * Up to `limit` records of a table matching the query, by title: a scan that stops at the limit (a mini
 * program without a name is not in the name index, so the scan runs over the table itself).
 */
export async function searchTable(db: LedgerDatabase, table: TableName, query: string, limit: number) {
  const q = query.trim().toLowerCase()
  const all = db.table<LedgerRecord, string>(table).toCollection()
  const records = await (q === '' ? all : all.filter((record) => matches(record, q))).limit(limit).toArray()
  return records.sort((a, b) => recordTitle(table, a).localeCompare(recordTitle(table, b), 'zh-CN'))
}

async function searchAll(db: LedgerDatabase, query: string) {
  return Promise.all(
    searched.map(async (table) => ({ table, records: await searchTable(db, table, query, perTable) })),
  )
}

/** 查找 across subjects, accounts and mini programs. */
export function SearchSection() {
  const { db } = useLedgerEnv()
  const [query, setQuery] = useState('')
  const q = query.trim()
  const { data } = useLiveQuery(() => (q === '' ? Promise.resolve([]) : searchAll(db, q)), `search-${q}`)
  const found = data?.filter((group) => group.records.length > 0) ?? []
  return (
    <section className="ledger__section" aria-labelledby="ledger-search">
      <h2 id="ledger-search">{t('ledger.ui.overview.searchHeading')}</h2>
      <TextField
        id="ledger-search-input"
        type="search"
        label={t('ledger.ui.overview.searchLabel')}
        hint={t('ledger.ui.overview.searchHint')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        width="medium"
      />
      <div aria-live="polite">
        {q !== '' && data !== undefined && found.length === 0 ? (
          <p>{t('ledger.ui.overview.noResults', { query: q })}</p>
        ) : null}
        {found.map(({ table, records }) => (
          <div key={table}>
            <h3>{tableLabel(table)}</h3>
            <ul>
              {records.map((record) => (
                <li key={record.id}>
                  <Link to={recordPath(table, record.id)}>{recordTitle(table, record)}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}
