import '../../storage/ledger/test-support'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useSettingsStore } from '../../storage/settings-store'
import { LedgerPage } from './ledger-page'

// Rendering whole pages in jsdom is slow on a busy machine: allow more than the default 5 s a test.
vi.setConfig({ testTimeout: 20_000 })

beforeEach(() => useSettingsStore.setState({ ruleSetId: 'current' }))

async function openForm(path: string) {
  const router = createMemoryRouter([{ path: '/ledger/*', Component: LedgerPage }], {
    initialEntries: [path],
  })
  render(<RouterProvider router={router} />)
  await screen.findByRole('heading', { level: 1 })
}

function summaryItems() {
  const summary = screen.getByRole('alert')
  expect(summary).toHaveTextContent('有以下问题需要处理')
  return within(summary)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('a ledger form’s errors', () => {
  it('name their field in the summary and beside the field, and say how to fix it', async () => {
    const user = userEvent.setup()
    await openForm('/ledger/accounts/new')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(summaryItems()).toEqual([
      ['请填写公众号名称', '#ledger-name'],
      ['请选择主体', '#ledger-subjectId'],
      ['登录邮箱：请输入邮箱', '#ledger-email'],
    ])
    // The summary takes focus in an effect after the (asynchronous) check has rendered it.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus())
    expect(screen.getByRole('textbox', { name: '公众号名称' })).toHaveAccessibleDescription(
      expect.stringContaining('请填写公众号名称'),
    )
  })

  it('say how much too long a text is, never zod’s own words', async () => {
    const user = userEvent.setup()
    await openForm('/ledger/clients/new')
    await user.click(screen.getByRole('textbox', { name: '客户名称' }))
    await user.paste('名'.repeat(250))
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(summaryItems()).toEqual([['客户名称最多 100 个字，现在有 250 个，请删减', '#ledger-name']])
    expect(document.body).not.toHaveTextContent(/期望|请填写这一项/)
  })

  it('check an amount by its label', async () => {
    const user = userEvent.setup()
    await openForm('/ledger/fees/new')
    await user.type(screen.getByRole('textbox', { name: '金额（元）' }), '三百')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(summaryItems()).toEqual([
      ['金额（元）只能是数字，最多两位小数，例如 300 或 29.5', '#ledger-amount'],
    ])
  })
})
