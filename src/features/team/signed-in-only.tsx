import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { t } from '../../i18n'
import type { TeamSession } from '../../platform/team-api'
import './messages'
import { useTeam } from './team-state'

/** A page for members only: until the browser is signed in, a way to /team (which signs in or sets up). */
export function SignedInOnly({ children }: { children: (session: TeamSession) => ReactNode }) {
  const { state } = useTeam()
  if (state.status === 'loading') return <p role="status">{t('team.loading')}</p>
  if (state.status !== 'signed-in') {
    return (
      <p>
        {state.status === 'signed-out' && state.notice === 'expired'
          ? `${t('team.errors.signedOut')} `
          : null}
        <Link to="/team">{t('team.signIn.heading')}</Link>
      </p>
    )
  }
  return children(state.session)
}
