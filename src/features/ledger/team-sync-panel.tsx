import { useState, useSyncExternalStore, type ReactNode } from 'react'
import { Link } from 'react-router'
import { t } from '../../i18n'
import { teamMode, type TeamModeInfo } from '../../platform/team-mode'
import { syncTeamLedger, teamSyncState, unconfirmedKeys } from '../../storage/ledger'
import { Button } from '../../ui/button'
import { Notice } from '../../ui/notice'
import { useLedgerEnv } from './use-ledger-env'
import { useLiveQuery } from './use-live-query'

/** Where this browser's copy of the team's ledger stands: synced, offline (未确认 waiting), 同步被拒. */
function TeamSyncPanel({ team }: { team: TeamModeInfo }) {
  const { db } = useLedgerEnv()
  const state = useSyncExternalStore(teamSyncState.subscribe, teamSyncState.get)
  const [busy, setBusy] = useState(false)
  const counts = useLiveQuery(
    async () => ({ pending: await db.outbox.count(), rejected: await db.rejected.count() }),
    'team-sync-counts',
  )
  async function syncNow() {
    setBusy(true)
    await syncTeamLedger(db).catch(() => undefined)
    setBusy(false)
  }
  const pending = counts.data?.pending ?? 0
  const rejected = counts.data?.rejected ?? 0
  return (
    <section className="ledger__section" aria-labelledby="ledger-team">
      <h2 id="ledger-team">{t('ledger.ui.team.heading')}</h2>
      <p>
        {t('ledger.ui.team.using', { team: team.teamName, role: t(`ledger.ui.team.roles.${team.role}`) })}
      </p>
      <p role="status">
        {state === 'checking'
          ? t('ledger.ui.team.checking')
          : state === 'synced'
            ? t('ledger.ui.team.synced')
            : state === 'offline'
              ? t('ledger.ui.team.offline')
              : t('ledger.ui.team.signedOut')}
        {state === 'signed-out' ? (
          <>
            {' '}
            <Link to="/team">{t('ledger.ui.team.signIn')}</Link>
          </>
        ) : null}
      </p>
      {pending > 0 ? <p>{t('ledger.ui.team.pending', { count: pending })}</p> : null}
      {rejected > 0 ? (
        <Notice title={t('ledger.ui.team.rejectedTitle')} tone="warning">
          <p>{t('ledger.ui.team.rejected', { count: rejected })}</p>
          <p>
            <Link to="/ledger/rejected">{t('ledger.ui.team.rejectedLink')}</Link>
          </p>
        </Notice>
      ) : null}
      <Button variant="secondary" onClick={() => void syncNow()} disabled={busy}>
        {t('ledger.ui.team.syncNow')}
      </Button>
    </section>
  )
}

/** In 团队模式, the team panel; otherwise what the page shows solo (`solo`). */
export function TeamOrSolo({ solo }: { solo: ReactNode }) {
  const team = teamMode()
  return team ? <TeamSyncPanel team={team} /> : solo
}

/** The records pending commands touched (`table/id`), kept up to date; empty outside team mode. */
export function useUnconfirmed(): ReadonlySet<string> {
  const { db } = useLedgerEnv()
  const team = teamMode() !== null
  const { data } = useLiveQuery(async () => {
    if (!team) return new Set<string>()
    return unconfirmedKeys(db)
  }, `unconfirmed-${team}`)
  return data ?? empty
}

const empty: ReadonlySet<string> = new Set()

/** 团队模式 as 只读: the team's ledger is shown, and no way to change it is offered (the server would refuse). */
export function readOnly(): boolean {
  return teamMode()?.role === 'viewer'
}

/** 未确认, beside a record's title. */
export function UnconfirmedTag() {
  return <span className="ledger__unconfirmed">{t('ledger.ui.team.unconfirmed')}</span>
}
