// Helpers for the wizard's component tests.
import { render } from '@testing-library/react'
import { createMemoryRouter, Outlet, RouterProvider, type RouteObject } from 'react-router'
import { NavigationCountContext } from '../../ui/navigation-context'
import { useNavigationCount } from '../../ui/use-navigation-count'
import { WizardPage } from './wizard-page'

/** The app shell's part that matters here: it tells headings when the page changed. */
function Frame() {
  return (
    <NavigationCountContext value={useNavigationCount()}>
      <Outlet />
    </NavigationCountContext>
  )
}

const routes: RouteObject[] = [
  { path: '/', Component: Frame, children: [{ path: 'register/*', Component: WizardPage }] },
]

/** The wizard's pages at `url`, in a memory router the test can read. */
export function renderWizard(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  render(<RouterProvider router={router} />)
  return router
}
