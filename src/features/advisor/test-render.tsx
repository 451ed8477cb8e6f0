import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
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

/** The query the page keeps its answers in, as an object. */
export function queryOf(router: ReturnType<typeof renderAdvisor>): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(router.state.location.search))
}
