// Helpers for the wizard's component tests.
import { render } from '@testing-library/react'
import { createMemoryRouter, Outlet, RouterProvider, type RouteObject } from 'react-router'
import { maskIdCard, maskMobile, samples, start, transition, type FlowState, type StepId } from '../../domain'
import { NavigationCountContext } from '../../ui/navigation-context'
import { useNavigationCount } from '../../ui/use-navigation-count'
import { wizardRoutePages } from './route-pages'
import { wizardPages } from './wizard-page'

/** The app shell's part that matters here: it tells headings when the page changed. */
function Frame() {
  return (
    <NavigationCountContext value={useNavigationCount()}>
      <Outlet />
    </NavigationCountContext>
  )
}

const routes: RouteObject[] = [
  {
    path: '/',
    Component: Frame,
    children: [
      {
        path: 'register',
        children: wizardRoutePages.map(({ page, ...where }): RouteObject => ({
          ...where,
          Component: wizardPages[page],
        })),
      },
    ],
  },
]

/** The wizard's pages at `url`, in a memory router the test can read. */
export function renderWizard(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  render(<RouterProvider router={router} />)
  return router
}

const confirmed = { confirmed: true }

/** What a user would answer at each step of a standalone enterprise registration. */
export const sampleAnswers: Partial<Record<StepId, unknown>> = {
  'open-platform': confirmed,
  'choose-mini-program': confirmed,
  account: samples.account,
  'activate-email': confirmed,
  'subject-type': samples.subjectType,
  'subject-info': samples.subjectInfo,
  'verification-method': { method: 'certification' },
  admin: {
    name: samples.admin.name,
    idCardNumber: maskIdCard(samples.admin.idCardNumber),
    mobile: maskMobile(samples.admin.mobile),
    idCardHash: 'a'.repeat(64),
    mobileHash: 'b'.repeat(64),
  },
  'admin-verify': confirmed,
  'confirm-subject': confirmed,
}

/** A standalone registration answered with the samples (and `overrides`) until `until` is its step. */
export function answeredUpTo(
  until: StepId,
  overrides: Partial<Record<StepId, unknown>> = {},
  today = '2026-11-24',
): FlowState {
  const answers = { ...sampleAnswers, ...overrides }
  let flow = start('standalone', 'current')
  while (flow.current !== until) {
    const result = transition(flow, { type: 'submit', values: answers[flow.current] }, { today })
    if (!result.ok) throw new Error(`${flow.current}: ${result.reason}`)
    flow = result.state
  }
  return flow
}
