import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { Layout } from './layout'

function page(heading: string) {
  return () => <h1>{heading}</h1>
}

function renderLayout() {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        Component: Layout,
        children: [
          { index: true, Component: page('首页') },
          { path: 'faq', Component: page('常见问答') },
        ],
      },
    ],
    { initialEntries: ['/'] },
  )
  render(<RouterProvider router={router} />)
  return router
}

const menuButton = () => screen.getByRole('button', { name: '菜单' })

describe('the header’s 菜单 button (shown on narrow screens)', () => {
  it('is a disclosure for the navigation and 规则版本', async () => {
    renderLayout()
    await screen.findByRole('heading', { level: 1, name: '首页' })
    const button = menuButton()
    expect(button).toHaveAttribute('aria-expanded', 'false')
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '')
    expect(menu).not.toBeNull()
    expect(within(menu!).getByRole('navigation', { name: '主要页面' })).toBeInTheDocument()
    expect(within(menu!).getByRole('combobox', { name: '规则版本' })).toBeInTheDocument()
  })

  it('opens by keyboard, leads into the navigation, and closes on Escape with focus back on it', async () => {
    const user = userEvent.setup()
    renderLayout()
    await screen.findByRole('heading', { level: 1, name: '首页' })
    await user.tab() // the skip link
    await user.tab() // the site's name
    await user.tab()
    expect(menuButton()).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true')
    await user.tab()
    const nav = screen.getByRole('navigation', { name: '主要页面' })
    expect(within(nav).getByRole('link', { name: '首页' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false')
    expect(menuButton()).toHaveFocus()
    await user.keyboard(' ')
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Escape}')
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false')
  })

  it('closes when a link in it is followed', async () => {
    const user = userEvent.setup()
    renderLayout()
    await screen.findByRole('heading', { level: 1, name: '首页' })
    await user.click(menuButton())
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true')
    const nav = screen.getByRole('navigation', { name: '主要页面' })
    await user.click(within(nav).getByRole('link', { name: '常见问答' }))
    expect(await screen.findByRole('heading', { level: 1, name: '常见问答' })).toBeInTheDocument()
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false')
  })
})
