import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { t } from '../../i18n'
import { fieldName, recordCounts, type LedgerRecord, type TableName } from '../../storage/ledger'
import { ButtonLink } from '../../ui/button'
import { TextField } from '../../ui/form/text-field'
import { displayValue, refTitles } from './display'
import { recordPath, recordTitle, tableLabel, tableOfSlug } from './kinds'
import { LedgerFrame, LedgerNotFound, LedgerUnavailable } from './ledger-frame'
import { searchTable } from './search-section'
import { Breakable, StackedTable } from '../../ui/stacked-table'
import { readOnly, UnconfirmedTag, useUnconfirmed } from './team-sync-panel'
import { useLedgerEnv } from './use-ledger-env'
import { useLiveQuery } from './use-live-query'

const shownAtMost = 200

/** The columns each list shows beside the record's title. */
export const listColumns: Record<TableName, readonly string[]> = {
  clients: ['contact'],
  subjects: ['type', 'creditCode', 'clientId'],
  officialAccounts: ['subjectId', 'accountType', 'certified', 'certExpiry'],
  miniPrograms: ['subjectId', 'status', 'certStatus', 'email'],
  admins: ['idCardMasked', 'mobileMasked'],
  associations: ['officialAccountId', 'miniProgramId', 'kind', 'byFastRegistration'],
  emails: ['use'],
  fees: ['paidOn', 'invoice', 'result', 'miniProgramId'],
}

function ListTable({ table }: { table: TableName }) {
  const { db } = useLedgerEnv()
  const [query, setQuery] = useState('')
  const columns = listColumns[table]
  const unconfirmed = useUnconfirmed()
  const { data, error } = useLiveQuery(async () => {
    const [records, [total = 0]] = await Promise.all([
      searchTable(db, table, query, shownAtMost),
      recordCounts(db, [table]),
    ])
    return { records, total, titles: await refTitles(db, table, records, columns) }
  }, `list-${table}-${query}`)
  const label = tableLabel(table)
  return (
    <>
      {readOnly() ? (
        <p>{t('ledger.ui.team.readOnly')}</p>
      ) : (
        <p>
          <ButtonLink to={`${recordPath(table)}/new`}>{t('ledger.ui.list.add', { table: label })}</ButtonLink>
        </p>
      )}
      {error ? <LedgerUnavailable /> : null}
      <TextField
        id="ledger-list-search"
        type="search"
        label={t('ledger.ui.list.searchLabel', { table: label })}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        width="medium"
      />
      {data === undefined ? null : data.total === 0 ? (
        <p>{t('ledger.ui.list.empty', { table: label })}</p>
      ) : (
        <>
          <p aria-live="polite">
            {t('ledger.ui.list.shown', { shown: data.records.length, total: data.total })}
            {data.records.length === shownAtMost ? t('ledger.ui.list.limited', { shown: shownAtMost }) : null}
          </p>
          <StackedTable
            columns={[label, ...columns.map((column) => fieldName(table, column))]}
            rows={data.records.map((record: LedgerRecord) => ({
              key: record.id,
              cells: [
                <span key="title">
                  <Link to={recordPath(table, record.id)}>
                    <Breakable text={recordTitle(table, record)} />
                  </Link>
                  {unconfirmed.has(`${table}/${record.id}`) ? (
                    <>
                      {' '}
                      <UnconfirmedTag />
                    </>
                  ) : null}
                </span>,
                ...columns.map((column) => (
                  <Breakable
                    key={column}
                    text={displayValue(
                      table,
                      column,
                      (record as Record<string, unknown>)[column],
                      data.titles,
                    )}
                  />
                )),
              ],
            }))}
          />
        </>
      )}
    </>
  )
}

/** Every record of one kind, searchable, with a way to add one. */
export function ListPage() {
  const table = tableOfSlug(useParams().kind)
  if (!table) return <LedgerNotFound />
  return (
    <LedgerFrame title={tableLabel(table)}>
      <ListTable key={table} table={table} />
    </LedgerFrame>
  )
}
