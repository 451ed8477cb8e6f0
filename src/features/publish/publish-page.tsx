import { Route, Routes } from 'react-router'
import { BlankChecklistPage } from './blank-checklist-page'
import { LedgerChecklistPage } from './ledger-checklist-page'
import './messages'
import './publish.css'

/** 发布清单: blank at /publish (with the ledger's mini programs to pick from), or one mini program's at /publish/:id. */
export function PublishPage() {
  return (
    <Routes>
      <Route index element={<BlankChecklistPage />} />
      <Route path=":id" element={<LedgerChecklistPage />} />
      <Route path="case/:caseId" element={<LedgerChecklistPage />} />
      <Route path="*" element={<LedgerChecklistPage />} />
    </Routes>
  )
}
