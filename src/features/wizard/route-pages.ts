// The wizard's pages under /register, named once: the app's router loads them lazily (app/routes.tsx), the
// wizard's component tests render them at once (test-support.tsx). They are routes of the app's data router,
// not a <Routes> of the wizard's own: only a data route's navigate() honours `flushSync`, on which a step
// change relies to show the next step in the same task as the click (a descendant <Routes> drops the option).
export const wizardRoutePages = [
  { index: true, page: 'CasesPage' },
  { path: 'new', page: 'NewCasePage' },
  { path: ':caseId', page: 'CaseIndex' },
  { path: ':caseId/:stepId', page: 'StepPage' },
] as const

export type WizardRoutePage = (typeof wizardRoutePages)[number]['page']
