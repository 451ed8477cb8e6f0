import { Route, Routes } from 'react-router'
import { t } from '../../i18n'
import { AuditPage } from './audit-page'
import { MembersPage } from './members-page'
import './messages'
import { TeamFrame } from './team-frame'
import { TeamHome } from './team-home'
import { TeamProvider } from './team-state'

function TeamNotFound() {
  return (
    <TeamFrame title={t('shell.notFound.title')} back>
      <p>{t('shell.notFound.body')}</p>
    </TeamFrame>
  )
}

/** 团队台账: set up, sign in, members and the audit log; one conversation with the team server for all of them. */
export function TeamPage() {
  return (
    <TeamProvider>
      <Routes>
        <Route index element={<TeamHome />} />
        <Route path="members" element={<MembersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="*" element={<TeamNotFound />} />
      </Routes>
    </TeamProvider>
  )
}
