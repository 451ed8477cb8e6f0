import { act, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { useHashReveal, useHashTarget } from './use-hash-target'

const ids = ['ID_CARD_LIMIT', 'PHONE_LIMIT']

/** A list with a filter that hides PHONE_LIMIT until cleared. */
function List() {
  const [filtered, setFiltered] = useState(true)
  const shown = filtered ? ids.slice(0, 1) : ids
  useHashReveal(
    (id) => shown.includes(id),
    () => setFiltered(false),
  )
  useHashTarget()
  return shown.map((id) => (
    <section key={id} id={id} tabIndex={-1} aria-label={id}>
      {id}
    </section>
  ))
}

describe('deep links', () => {
  it('focus the element the hash names, on arrival and on each link followed', async () => {
    const router = createMemoryRouter([{ path: '/rules', Component: List }], {
      initialEntries: ['/rules#ID_CARD_LIMIT'],
    })
    render(<RouterProvider router={router} />)
    expect(screen.getByRole('region', { name: 'ID_CARD_LIMIT' })).toHaveFocus()
    act(() => screen.getByRole('region', { name: 'ID_CARD_LIMIT' }).blur())
    await act(() => router.navigate('/rules#ID_CARD_LIMIT'))
    expect(screen.getByRole('region', { name: 'ID_CARD_LIMIT' })).toHaveFocus()
  })

  it('clear a filter that hides the target, then focus it', async () => {
    const router = createMemoryRouter([{ path: '/rules', Component: List }], { initialEntries: ['/rules'] })
    render(<RouterProvider router={router} />)
    expect(screen.queryByRole('region', { name: 'PHONE_LIMIT' })).not.toBeInTheDocument()
    await act(() => router.navigate('/rules#PHONE_LIMIT'))
    expect(screen.getByRole('region', { name: 'PHONE_LIMIT' })).toHaveFocus()
  })
})
