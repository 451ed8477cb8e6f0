import { useCallback, useEffect, useState } from 'react'
import { isTableName } from '../../domain/ledger'
import { hasMessage, joinList, t, type MessageKey } from '../../i18n'
import { teamApi, type AuditEntry, type TeamSession } from '../../platform/team-api'
import { Button } from '../../ui/button'
import { formatDateTime } from '../../ui/format'
import { StackedTable } from '../../ui/stacked-table'
import { explain } from './explain'
import './messages'
import { TeamFrame } from './team-frame'
import { useTeam } from './team-state'
import { SignedInOnly } from './signed-in-only'

const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', 'version'])
const pageSize = 100

/** What a row is about: a ledger record (its kind and name) or a member. */
function subjectOf(entry: AuditEntry): string {
  const record = entry.after ?? entry.before
  const name = record && (record.name ?? record.email)
  const kind =
    entry.table && isTableName(entry.table) ? t(`ledger.tables.${entry.table}`) : t('team.members.heading')
  return typeof name === 'string' ? t('team.audit.named', { kind, name }) : kind
}

/** What changed: added, removed, or the fields whose values differ (by their names in the ledger's words). */
function changeOf(entry: AuditEntry): string {
  if (entry.before === null) return t('team.audit.added')
  if (entry.after === null) return t('team.audit.removed')
  const keys = new Set([...Object.keys(entry.before), ...Object.keys(entry.after)])
  const table = entry.table
  const changed = [...keys].filter(
    (key) =>
      !bookkeeping.has(key) && JSON.stringify(entry.before?.[key]) !== JSON.stringify(entry.after?.[key]),
  )
  if (changed.length === 0) return t('team.audit.unchanged')
  const words = changed.map((key) => {
    const field = table && isTableName(table) ? `ledger.fields.${table}.${key}` : `team.members.${key}`
    return hasMessage(field) ? t(field as MessageKey) : key
  })
  return t('team.audit.changed', { fields: joinList(words) })
}

function actionOf(entry: AuditEntry): string {
  const key = `team.audit.actions.${entry.action}`
  return hasMessage(key) ? t(key as MessageKey) : entry.action
}

function Audit({ session }: { session: TeamSession }) {
  const { signedOut } = useTeam()
  const [entries, setEntries] = useState<AuditEntry[] | null>(null)
  const [more, setMore] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const show = useCallback(
    (result: Awaited<ReturnType<typeof teamApi.audit>>, before?: number) => {
      if (!result.ok) {
        if (result.reason === 'signed-out') return signedOut('expired')
        return setError(explain(result))
      }
      setEntries((shown) => [...(before ? (shown ?? []) : []), ...result.entries])
      setMore(result.entries.length === pageSize)
    },
    [signedOut],
  )
  useEffect(() => {
    if (session.role !== 'owner') return
    let live = true
    void teamApi.audit().then((result) => live && show(result))
    return () => {
      live = false
    }
  }, [show, session.role])
  const load = async (before: number) => show(await teamApi.audit(before), before)
  if (session.role !== 'owner') return <p>{t('team.audit.ownerOnly')}</p>
  return (
    <>
      <p className="lead">{t('team.audit.lead')}</p>
      <p role="status" className="team__status">
        {error}
      </p>
      {entries === null ? (
        <p>{t('team.loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('team.audit.none')}</p>
      ) : (
        <StackedTable
          caption={t('team.audit.tableCaption')}
          columns={[
            t('team.audit.at'),
            t('team.audit.who'),
            t('team.audit.action'),
            t('team.audit.record'),
            t('team.audit.change'),
          ]}
          rows={entries.map((entry) => ({
            key: String(entry.id),
            cells: [
              formatDateTime(entry.at),
              entry.userEmail ?? t('team.audit.unknownMember'),
              actionOf(entry),
              subjectOf(entry),
              changeOf(entry),
            ],
          }))}
        />
      )}
      {more && entries ? (
        <Button variant="secondary" onClick={() => void load(entries[entries.length - 1]!.id)}>
          {t('team.audit.more')}
        </Button>
      ) : null}
    </>
  )
}

/** /team/audit: who changed what, when, before and after; owners only. */
export function AuditPage() {
  return (
    <TeamFrame title={t('team.audit.heading')} back>
      <SignedInOnly>{(session) => <Audit session={session} />}</SignedInOnly>
    </TeamFrame>
  )
}
