import { Link, useParams } from 'react-router'
import { t } from '../../i18n'
import { fieldName, type LedgerRecord, type TableName } from '../../storage/ledger'
import { ButtonLink } from '../../ui/button'
import { DeleteSection } from './delete-section'
import { displayValue, refTitles } from './display'
import { formFields } from './form-fields'
import { recordPath, recordTitle, tableLabel, tableOfSlug } from './kinds'
import { LedgerFrame, LedgerNotFound, LedgerUnavailable, Loading } from './ledger-frame'
import { metersFor } from './meters'
import { Breakable } from '../../ui/stacked-table'
import { QuotaMeters } from './quota-meters'
import { relatedOf } from './related'
import { readOnly, UnconfirmedTag, useUnconfirmed } from './team-sync-panel'
import { useLedgerEnv } from './use-ledger-env'
import { useLiveQuery } from './use-live-query'

/** The fields a record's page lists: the form's, but an admin's numbers only masked. */
function shownFields(table: TableName): string[] {
  if (table === 'admins') return ['name', 'idCardMasked', 'mobileMasked']
  return [...formFields[table].map((spec) => spec.name), 'updatedAt']
}

function Details({ table, id }: { table: TableName; id: string }) {
  const { db, ruleSet, today } = useLedgerEnv()
  const fields = shownFields(table)
  const unconfirmed = useUnconfirmed()
  const { data, error } = useLiveQuery(async () => {
    const record = await db.table<LedgerRecord, string>(table).get(id)
    if (!record) return { record: null }
    const [titles, meters, related] = await Promise.all([
      refTitles(db, table, [record], fields),
      metersFor(db, table, record, ruleSet, today),
      relatedOf(db, table, id),
    ])
    return { record, titles, meters, related }
  }, `details-${table}-${id}-${ruleSet.id}`)

  if (error)
    return (
      <LedgerFrame title={tableLabel(table)}>
        <LedgerUnavailable />
      </LedgerFrame>
    )
  if (data === undefined)
    return (
      <LedgerFrame title={tableLabel(table)}>
        <Loading />
      </LedgerFrame>
    )
  if (!data.record) {
    return (
      <LedgerFrame title={tableLabel(table)}>
        <p>{t('ledger.ui.details.notFound')}</p>
      </LedgerFrame>
    )
  }
  const { record, titles, meters, related } = data
  const name = recordTitle(table, record)
  const stored = record as unknown as Record<string, unknown>
  const owned = table === 'emails' && stored.ownerId !== undefined
  return (
    <LedgerFrame title={name}>
      <p className="ledger__kind">{tableLabel(table)}</p>
      {unconfirmed.has(`${table}/${id}`) ? (
        <p>
          <UnconfirmedTag /> {t('ledger.ui.team.unconfirmedRecord')}
        </p>
      ) : null}
      <section className="ledger__section" aria-labelledby="ledger-fields">
        <h2 id="ledger-fields">{t('ledger.ui.details.fields')}</h2>
        <dl className="ledger__fields">
          {fields.map((field) => (
            <div key={field} className="ledger__field">
              <dt>{field === 'updatedAt' ? t('ledger.ui.details.updatedAt') : fieldName(table, field)}</dt>
              <dd>
                {field === 'updatedAt' ? (
                  new Date(String(stored.updatedAt)).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })
                ) : (
                  <Breakable text={displayValue(table, field, stored[field], titles)} />
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <QuotaMeters meters={meters} />
      {table === 'miniPrograms' && stored.status !== 'failed' ? (
        <section className="ledger__section" aria-labelledby="ledger-publish">
          <h2 id="ledger-publish">{t('ledger.ui.details.publish')}</h2>
          <p>
            {t('ledger.ui.details.publishLead')}{' '}
            <Link to={`/publish/${id}`}>{t('ledger.ui.details.publishNamed', { name })}</Link>
          </p>
        </section>
      ) : null}
      {related.map((group) => (
        <section
          key={group.table}
          className="ledger__section"
          aria-labelledby={`ledger-related-${group.table}`}
        >
          <h2 id={`ledger-related-${group.table}`}>
            {t('ledger.ui.details.relatedOf', { table: tableLabel(group.table), count: group.total })}
          </h2>
          {group.items.length === 0 ? (
            <p>{t('ledger.ui.details.none')}</p>
          ) : (
            <ul>
              {group.items.map((item) => (
                <li key={item.id}>
                  <Link to={recordPath(item.table, item.id)}>{item.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {readOnly() ? (
        <p>{t('ledger.ui.team.readOnly')}</p>
      ) : owned ? (
        <p>
          {t('ledger.ui.details.ownedEmail', {
            table: tableLabel(stored.use === 'official-account' ? 'officialAccounts' : 'miniPrograms'),
          })}
        </p>
      ) : (
        <div className="ledger__actions">
          <ButtonLink
            to={`${recordPath(table, id)}/edit`}
            aria-label={t('ledger.ui.details.editNamed', { name })}
          >
            {t('ledger.ui.details.edit')}
          </ButtonLink>
          <DeleteSection table={table} record={record} />
        </div>
      )}
    </LedgerFrame>
  )
}

/** One record: its fields, its quota meters, what refers to it, and 修改 / 删除. */
export function DetailsPage() {
  const params = useParams()
  const table = tableOfSlug(params.kind)
  if (!table || !params.id) return <LedgerNotFound />
  return <Details key={`${table}-${params.id}`} table={table} id={params.id} />
}
