import type { ComponentType } from 'react'
import { Navigate, useParams } from 'react-router'
import { CasesPage } from './cases-page'
import { NewCasePage } from './new-case-page'
import type { WizardRoutePage } from './route-pages'
import { StepPage } from './step-page'
import { useCasesStore } from './store/cases-store'
import { stepUrl } from './urls'

function CaseIndex() {
  const { caseId = '' } = useParams()
  const item = useCasesStore((s) => s.cases[caseId])
  return <Navigate replace to={item ? stepUrl(item.id, item.flow.current) : '/register'} />
}

/** /register and below: the list of registrations, a new one, and each step of each (route-pages.ts). */
export const wizardPages: Record<WizardRoutePage, ComponentType> = {
  CasesPage,
  NewCasePage,
  CaseIndex,
  StepPage,
}
