import { Route, Routes } from 'react-router'
import { BackupPage } from './backup-page'
import { ClearPage } from './clear-page'
import { DetailsPage } from './details-page'
import { EditPage } from './edit-page'
import { LedgerNotFound } from './ledger-frame'
import { ListPage } from './list-page'
import { OverviewPage } from './overview-page'
import { RejectedPage } from './rejected-page'

/** 台账: the front page, a list per kind of record, each record's page, its form, backup and clear-all. */
export function LedgerPage() {
  return (
    <Routes>
      <Route index element={<OverviewPage />} />
      <Route path="backup" element={<BackupPage />} />
      <Route path="clear" element={<ClearPage />} />
      <Route path="rejected" element={<RejectedPage />} />
      <Route path=":kind" element={<ListPage />} />
      <Route path=":kind/new" element={<EditPage />} />
      <Route path=":kind/:id" element={<DetailsPage />} />
      <Route path=":kind/:id/edit" element={<EditPage />} />
      <Route path="*" element={<LedgerNotFound />} />
    </Routes>
  )
}
