import { useEffect } from 'react'
import { Link } from 'react-router'
import { t } from '../i18n'
import { teamMode } from '../platform/team-mode'

/**
 * 团队模式: keeps the cache of the team's ledger in step while any page is open (the ledger, and Dexie with it,
 * loaded only in team mode), so other operators' changes arrive without a reload. Solo, it does nothing at all.
 */
export function useTeamSync() {
  useEffect(() => {
    if (!teamMode()) return
    let live = true
    let stop: (() => void) | undefined
    void import('../storage/ledger').then((ledger) => {
      if (live) stop = ledger.startTeamSync(ledger.ledgerDb())
    })
    return () => {
      live = false
      stop?.()
    }
  }, [])
}

/** A line under the header on every page in team mode: whose ledger this browser is using. */
export function TeamModeBanner() {
  const team = teamMode()
  if (!team) return null
  return (
    <section className="team-banner" aria-label={t('shell.team.label')}>
      <div className="container team-banner__inner">
        <p className="team-banner__text">
          {t('shell.team.banner', { team: team.teamName, email: team.email })}
        </p>
        <Link to="/team">{t('shell.team.manage')}</Link>
      </div>
    </section>
  )
}
