import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useSettingsStore } from '../storage/settings-store'
import { routes } from './routes'

// Rendering whole pages in jsdom is slow on a busy machine: allow more than the default 5 s a test.
vi.setConfig({ testTimeout: 20_000 })

// The support desk inside the real shell: the header's 规则版本, focus on page changes, deep links.
vi.mock('../platform/clock', () => ({ todayInChina: () => '2025-03-14' }))

beforeEach(() => {
  localStorage.clear()
  useSettingsStore.setState({ ruleSetId: 'current' })
})

async function open(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  render(<RouterProvider router={router} />)
  // Pages are lazy routes: the first visit compiles the page, which can take a moment under test.
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })
  return router
}

describe('the header’s 规则版本', () => {
  it('is a labelled select, current by default, remembered when changed', async () => {
    const user = userEvent.setup()
    await open('/rules')
    const select = screen.getByRole('combobox', { name: '规则版本' })
    expect(select).toHaveValue('current')
    expect(screen.getByText('规则版本：现行规则')).toBeInTheDocument()
    await user.selectOptions(select, '指南原文')
    expect(screen.getByText('规则版本：指南原文')).toBeInTheDocument()
    expect(JSON.parse(localStorage.getItem('mp-wizard.settings') ?? '{}')).toMatchObject({
      state: { ruleSetId: 'guide' },
    })
  })

  it('changes the advisor’s answer and its link', async () => {
    const user = userEvent.setup()
    const router = await open('/advisor?subject=individual&n=2&rs=current')
    // Under current an individual's fee is unverified (rule: CERT_FEE): a range with a caution, never one number.
    expect(
      screen.getByText(
        '单独注册的每个小程序都要申请微信认证，认证费每个 30–300 元（未能核实，以平台付款页面为准）。',
      ),
    ).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: '规则版本' }), 'guide')
    expect(screen.getByText('单独注册的每个小程序都要申请微信认证，认证费每个 300 元。')).toBeInTheDocument()
    expect(new URLSearchParams(router.state.location.search).get('rs')).toBe('guide')
  })
})

describe('the advisor in the shell', () => {
  it('keeps focus in the box being typed in, although the link changes with each key', async () => {
    const user = userEvent.setup()
    const router = await open('/advisor')
    const held = screen.getByLabelText('这个主体已经有几个小程序？')
    await user.click(held)
    await user.keyboard('12')
    expect(held).toHaveFocus()
    expect(held).toHaveValue('12')
    expect(router.state.location.search).toContain('held=12')
    expect(screen.getByRole('status', { name: '' })).toBeEmptyDOMElement()
  })

  it('starts again when 路径判断 is chosen in the menu', async () => {
    const user = userEvent.setup()
    await open('/advisor?subject=media&oa=none&n=2&rs=current')
    expect(screen.getByRole('radio', { name: '媒体' })).toBeChecked()
    const nav = screen.getByRole('navigation', { name: '主要页面' })
    await user.click(within(nav).getByRole('link', { name: '路径判断' }))
    expect(await screen.findByRole('heading', { level: 1, name: '路径判断' })).toHaveFocus()
    expect(screen.getByRole('radio', { name: '媒体' })).not.toBeChecked()
  })
})

describe('a rule id links to the rule book', () => {
  it('from the advisor’s answer to the rule, which takes focus', async () => {
    const user = userEvent.setup()
    const router = await open('/advisor?subject=enterprise&oa=none&n=1&rs=current')
    const reasons = screen.getByRole('heading', { name: '为什么' }).closest('section')!
    await user.click(within(reasons).getByRole('link', { name: '微信认证费' }))
    expect(router.state.location.pathname).toBe('/rules')
    expect(router.state.location.hash).toBe('#CERT_FEE')
    const rule = await screen.findByRole('article', { name: '微信认证费' })
    expect(rule).toHaveFocus()
  })
})
