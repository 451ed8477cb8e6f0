import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { t } from '../../i18n'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'
import './messages'
import './team.css'

/** A team page: its title, a way back to /team (but on /team itself), the heading, then the page. */
export function TeamFrame({ title, back, children }: { title: string; back?: boolean; children: ReactNode }) {
  usePageTitle(title)
  return (
    <div className="team">
      {back ? (
        <p className="team__back">
          <Link to="/team">{t('team.backToTeam')}</Link>
        </p>
      ) : null}
      <PageHeading>{title}</PageHeading>
      {children}
    </div>
  )
}
