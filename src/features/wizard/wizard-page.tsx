import { Navigate, Route, Routes, useParams } from 'react-router'
import { CasesPage } from './cases-page'
import { NewCasePage } from './new-case-page'
import { StepPage } from './step-page'
import { useCasesStore } from './store/cases-store'
import { stepUrl } from './urls'

function CaseIndex() {
  const { caseId = '' } = useParams()
  const item = useCasesStore((s) => s.cases[caseId])
  return <Navigate replace to={item ? stepUrl(item.id, item.flow.current) : '/register'} />
}

/** /register and below: the list of registrations, a new one, and each step of each. */
export function WizardPage() {
  return (
    <Routes>
      <Route index element={<CasesPage />} />
      <Route path="new" element={<NewCasePage />} />
      <Route path=":caseId" element={<CaseIndex />} />
      <Route path=":caseId/:stepId" element={<StepPage />} />
    </Routes>
  )
}
