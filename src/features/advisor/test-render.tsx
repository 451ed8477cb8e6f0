import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { t } from '../../i18n'
import { AdvisorPage } from './advisor-page'

/** The advisor at `url`, in a memory router; the router tells where the page's query went. */
export function renderAdvisor(url = '/advisor') {
  const router = createMemoryRouter(
    [
      { path: '/advisor', Component: AdvisorPage },
      { path: '/rules', element: null },
    ],
    { initialEntries: [url] },
  )
  render(<RouterProvider router={router} />)
  return router
}

/** `renderAdvisor`, once the page's h1 is there. */
export async function openAdvisor(url?: string) {
  const router = renderAdvisor(url)
  await screen.findByRole('heading', { level: 1, name: t('pages.advisor.title') })
  return router
}

/** The query the page keeps its answers in, as an object. */
export function queryOf(router: ReturnType<typeof renderAdvisor>): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(router.state.location.search))
}
