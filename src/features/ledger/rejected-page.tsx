import { useRef, useState } from 'react'
import { Link } from 'react-router'
import { t } from '../../i18n'
import {
  dismissRejected,
  fieldName,
  rejectedCommands,
  type LedgerDatabase,
  type LedgerRecord,
  type RejectedEntry,
} from '../../storage/ledger'
import { Button } from '../../ui/button'
import { recordPath, recordTitle, tableLabel } from './kinds'
import { LedgerFrame, LedgerUnavailable, Loading } from './ledger-frame'
import { QuotaNotice } from './quota-notice'
import { useLedgerEnv } from './use-ledger-env'
import { useLiveQuery } from './use-live-query'

interface Described {
  entry: RejectedEntry
  what: string
  /** The record as the team's ledger has it now, when there is one. */
  current?: { path: string }
  redo?: string
  registration?: string
}

async function describe(db: LedgerDatabase, entry: RejectedEntry): Promise<Described> {
  const command = entry.command
  if (command.kind === 'save' || command.kind === 'delete') {
    const id = command.kind === 'save' ? String(command.record.id ?? '') : command.recordId
    const stored = (await db.table(command.table).get(id)) as LedgerRecord | undefined
    const current = stored ? { path: recordPath(command.table, id) } : undefined
    const table = tableLabel(command.table)
    if (command.kind === 'delete')
      return { entry, what: t('ledger.ui.rejected.kinds.delete', { table }), current }
    const name = recordTitle(command.table, command.record as unknown as LedgerRecord)
    const isNew = command.expectedVersion === null
    return {
      entry,
      what: t(isNew ? 'ledger.ui.rejected.kinds.saveNew' : 'ledger.ui.rejected.kinds.save', { table, name }),
      current,
      redo: isNew ? `${recordPath(command.table)}/new` : current ? `${current.path}/edit` : undefined,
    }
  }
  // A move-in is sent online only, never from the outbox; it is named here for completeness.
  if (command.kind === 'move-in') return { entry, what: t('ledger.ui.rejected.kinds.move-in') }
  const caseId = command.kind === 'in-progress' ? command.entry.caseId : command.caseId
  const [record] = await db.miniPrograms.where('caseId').equals(caseId).toArray()
  const name =
    command.kind === 'in-progress'
      ? (command.entry.miniProgramName ?? command.entry.email)
      : (record?.name ?? record?.email ?? command.caseId)
  return {
    entry,
    what: t(`ledger.ui.rejected.kinds.${command.kind}`, { name }),
    current: record ? { path: recordPath('miniPrograms', record.id) } : undefined,
    registration: `/register/${encodeURIComponent(caseId)}`,
  }
}

/** Why the team server refused, in the words the ledger's own forms use. */
function Reason({ entry }: { entry: RejectedEntry }) {
  const { refusal, command } = entry
  const table = 'table' in command ? command.table : 'miniPrograms'
  switch (refusal.reason) {
    case 'quota':
      return <QuotaNotice findings={refusal.findings} announce={false} />
    case 'duplicate':
      return (
        <p>
          {t('ledger.ui.rejected.reasons.duplicate', {
            field: fieldName(table, (refusal.field ?? 'email').split('+')[0]!),
          })}
        </p>
      )
    case 'in-use':
      return (
        <p>
          {t('ledger.ui.rejected.reasons.in-use', {
            count: refusal.count ?? 1,
            table: tableLabel(refusal.by ?? table),
          })}
        </p>
      )
    case 'invalid':
      return (
        <p>
          {t('ledger.ui.rejected.reasons.invalid', {
            message: refusal.issues?.[0]?.message ?? fieldName(table, refusal.field ?? 'id'),
          })}
        </p>
      )
    default:
      return <p>{t(`ledger.ui.rejected.reasons.${refusal.reason}`)}</p>
  }
}

/** 同步被拒: changes made offline that the team server refused, each with why and the ways out. */
export function RejectedPage() {
  const { db } = useLedgerEnv()
  const status = useRef<HTMLParagraphElement>(null)
  const [dismissed, setDismissed] = useState(false)
  const { data, error } = useLiveQuery(
    async () => Promise.all((await rejectedCommands(db)).map((entry) => describe(db, entry))),
    'rejected',
  )
  async function dismiss(id: string) {
    await dismissRejected(db, id)
    setDismissed(true)
    status.current?.focus()
  }
  return (
    <LedgerFrame title={t('ledger.ui.rejected.title')}>
      <p className="lead">{t('ledger.ui.rejected.lead')}</p>
      <p role="status" ref={status} tabIndex={-1}>
        {dismissed ? t('ledger.ui.rejected.dismissed') : null}
      </p>
      {error ? <LedgerUnavailable /> : null}
      {data === undefined ? (
        <Loading />
      ) : data.length === 0 ? (
        <p>{t('ledger.ui.rejected.none')}</p>
      ) : (
        data.map(({ entry, what, current, redo, registration }) => (
          <section key={entry.id} className="ledger__section" aria-labelledby={`rejected-${entry.id}`}>
            <h2 id={`rejected-${entry.id}`}>{what}</h2>
            <p className="ledger__kind">
              {t('ledger.ui.rejected.madeAt', {
                at: new Date(entry.madeAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }),
              })}
            </p>
            <Reason entry={entry} />
            <ul>
              {redo ? (
                <li>
                  <Link to={redo}>{t('ledger.ui.rejected.redo')}</Link>
                </li>
              ) : null}
              {current ? (
                <li>
                  <Link to={current.path}>{t('ledger.ui.rejected.openRecord')}</Link>
                </li>
              ) : null}
              {registration ? (
                <li>
                  <Link to={registration}>{t('ledger.ui.rejected.openRegistration')}</Link>
                </li>
              ) : null}
            </ul>
            <Button variant="secondary" onClick={() => void dismiss(entry.id)}>
              {t('ledger.ui.rejected.dismiss')}
            </Button>
          </section>
        ))
      )}
    </LedgerFrame>
  )
}
