import { act, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { samePageState } from './navigation-context'
import { useNavigationCount } from './use-navigation-count'

function Count() {
  return <p>{useNavigationCount()}</p>
}

function setup() {
  const router = createMemoryRouter([{ path: '*', Component: Count }], { initialEntries: ['/advisor'] })
  render(<RouterProvider router={router} />)
  return router
}

describe('useNavigationCount', () => {
  it('counts a change of path or query, not of hash alone', async () => {
    const router = setup()
    expect(screen.getByText('0')).toBeInTheDocument()
    await act(() => router.navigate('/rules'))
    await act(() => router.navigate('/rules#CERT_FEE'))
    expect(screen.getByText('1')).toBeInTheDocument()
    await act(() => router.navigate('/rules?topic=fee'))
    expect(screen.getByText('2')).toBeInTheDocument()
  })

  it('does not count a query change a page makes to itself, but does count arriving back on it', async () => {
    const router = setup()
    await act(() => router.navigate('/advisor?n=2', { replace: true, state: samePageState }))
    expect(screen.getByText('0')).toBeInTheDocument()
    await act(() => router.navigate('/faq'))
    expect(screen.getByText('1')).toBeInTheDocument()
    // Back to the advisor's entry, whose history state still says "same page": a new page all the same.
    await act(() => router.navigate(-1))
    expect(router.state.location.search).toBe('?n=2')
    expect(screen.getByText('2')).toBeInTheDocument()
  })
})
