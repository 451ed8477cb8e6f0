import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { Layout } from './layout'
import { isChunkLoadError, RouteError } from './route-error'
import { routes } from './routes'

const pages = [
  { path: '/', heading: '注册一个微信小程序', title: '首页' },
  { path: '/advisor', heading: '路径判断', title: '路径判断' },
  { path: '/register', heading: '注册向导', title: '注册向导' },
  {
    path: '/register/new?path=reuse',
    heading: '开始复用公众号资质快速注册小程序',
    title: '开始复用公众号资质快速注册小程序',
  },
  { path: '/rules', heading: '规则手册', title: '规则手册' },
  { path: '/faq', heading: '常见问答', title: '常见问答' },
  { path: '/ledger', heading: '台账', title: '台账' },
  { path: '/publish', heading: '发布清单', title: '发布清单' },
  { path: '/demo', heading: '演示模式', title: '演示模式' },
  { path: '/demo/screens', heading: '模拟界面一览', title: '模拟界面一览' },
  { path: '/flow', heading: '注册流程图', title: '注册流程图' },
  { path: '/practice', heading: '练一练', title: '练一练' },
  { path: '/no-such-page', heading: '找不到这个页面', title: '找不到这个页面' },
]

function renderAt(path: string, routeTable: RouteObject[] = routes) {
  const router = createMemoryRouter(routeTable, { initialEntries: [path] })
  render(<RouterProvider router={router} />)
  return router
}

describe('routes', () => {
  it.each(pages)(
    '$path shows one h1 "$heading" and titles the document',
    async ({ path, heading, title }) => {
      renderAt(path)
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
      await waitFor(() => expect(document.title).toBe(`${title} - 小程序注册向导`))
    },
  )

  it('links from home to the advisor, to both wizards and to 批量规划', async () => {
    renderAt('/')
    const main = await screen.findByRole('main')
    await within(main).findByRole('heading', { level: 1 })
    expect(within(main).getByRole('link', { name: '去路径判断' })).toHaveAttribute('href', '/advisor')
    expect(within(main).getByRole('link', { name: '去批量规划' })).toHaveAttribute('href', '/plan')
    expect(within(main).getByRole('link', { name: '开始单独注册' })).toHaveAttribute(
      'href',
      '/register/new?path=standalone',
    )
    expect(within(main).getByRole('link', { name: '开始复用公众号资质注册' })).toHaveAttribute(
      'href',
      '/register/new?path=reuse',
    )
  })

  it('offers a skip link first, and navigation to every page', async () => {
    renderAt('/')
    await screen.findByRole('heading', { level: 1 })
    const links = screen.getAllByRole('link')
    expect(links[0]).toHaveTextContent('跳到主要内容')
    expect(links[0]).toHaveAttribute('href', '#main')
    const nav = screen.getByRole('navigation', { name: '主要页面' })
    const targets = within(nav)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'))
    expect(targets).toEqual([
      '/',
      '/advisor',
      '/register',
      '/rules',
      '/faq',
      '/ledger',
      '/plan',
      '/publish',
      '/demo',
    ])
    expect(within(nav).getByRole('link', { name: '首页' })).toHaveAttribute('aria-current', 'page')
  })

  it('after following a link, focuses the new h1 and announces the new title', async () => {
    renderAt('/')
    await screen.findByRole('heading', { level: 1, name: '注册一个微信小程序' })
    const nav = screen.getByRole('navigation', { name: '主要页面' })
    await userEvent.click(within(nav).getByRole('link', { name: '规则手册' }))
    const heading = await screen.findByRole('heading', { level: 1, name: '规则手册' })
    await waitFor(() => expect(heading).toHaveFocus())
    // The rule book has a live region of its own (its filter count): the announcer is the one saying the title.
    await waitFor(() => {
      const said = screen.getAllByRole('status').map((region) => region.textContent ?? '')
      expect(said.some((text) => text.includes('规则手册 - 小程序注册向导'))).toBe(true)
    })
  })
})

describe('error boundary', () => {
  function Broken(): never {
    throw new Error('broken page')
  }

  it('shows a calm page inside the layout when a page fails, with a way home', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    renderAt('/', [
      {
        path: '/',
        Component: Layout,
        children: [{ errorElement: <RouteError />, children: [{ index: true, Component: Broken }] }],
      },
    ])
    expect(await screen.findByRole('heading', { level: 1, name: '页面出了点问题' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: '主要页面' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/')
    expect(screen.getByRole('button', { name: '刷新页面' })).toBeInTheDocument()
    expect(document.title).toBe('页面出了点问题 - 小程序注册向导')
  })

  it('a page whose code cannot be loaded (a new version replaced it) asks to reload, saying saved work stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    renderAt('/', [
      {
        path: '/',
        Component: Layout,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              {
                index: true,
                lazy: () =>
                  Promise.reject(
                    new TypeError('Failed to fetch dynamically imported module: /assets/plan-page-x.js'),
                  ),
              },
            ],
          },
        ],
      },
    ])
    expect(await screen.findByRole('heading', { level: 1, name: '需要重新加载' })).toBeInTheDocument()
    expect(screen.getByText(/重新加载不会丢失/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/')
    expect(document.title).toBe('需要重新加载 - 小程序注册向导')
  })

  it.each([
    ['Chromium', 'Failed to fetch dynamically imported module: https://x/a.js', true],
    ['Firefox', 'error loading dynamically imported module: https://x/a.js', true],
    ['Safari', 'Importing a module script failed.', true],
    ['Vite CSS', 'Unable to preload CSS for /assets/a.css', true],
    ['a bug', 'Cannot read properties of undefined', false],
  ])('tells a failed page load (%s) from a bug', (_browser, message, stale) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(stale)
  })

  it('still shows a page with a main landmark when the layout itself fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    renderAt('/', [{ path: '/', Component: Broken, errorElement: <RouteError standalone /> }])
    const main = await screen.findByRole('main')
    expect(within(main).getByRole('heading', { level: 1, name: '页面出了点问题' })).toBeInTheDocument()
    expect(within(main).getByRole('link', { name: '返回首页' })).toBeInTheDocument()
  })
})
