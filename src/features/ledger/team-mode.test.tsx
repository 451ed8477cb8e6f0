import '../../storage/ledger/test-support'
import { render, screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ruleSets } from '../../domain'
import { setTeamModeForTests, type TeamModeInfo } from '../../platform/team-mode'
import { ledgerDb, saveCheckedRecord } from '../../storage/ledger'
import { useSettingsStore } from '../../storage/settings-store'
import { LedgerPage } from './ledger-page'

// The ledger's pages in 团队模式, with the team server out of reach: a change made here is 未确认, the page says
// why, and a 只读 member is offered no way to change anything.
vi.setConfig({ testTimeout: 20_000 })

const team = (role: TeamModeInfo['role']): TeamModeInfo => ({
  teamId: '00000000-0000-4000-8000-000000000003',
  teamName: '星河代理',
  email: 'op@example.com',
  role,
})

beforeEach(() => {
  useSettingsStore.setState({ ruleSetId: 'current' })
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
  )
})
afterEach(() => {
  setTeamModeForTests(null)
  vi.unstubAllGlobals()
})

function open(path: string) {
  const router = createMemoryRouter([{ path: '/ledger/*', Component: LedgerPage }], {
    initialEntries: [path],
  })
  render(<RouterProvider router={router} />)
}

describe('the ledger in 团队模式', () => {
  it('marks a change the team server has not confirmed 未确认, and says the server cannot be reached', async () => {
    setTeamModeForTests(team('operator'))
    const saved = await saveCheckedRecord(ledgerDb(), 'clients', { name: '离线客户' }, null, {
      ruleSet: ruleSets.current,
      today: '2026-12-02',
    })
    expect(saved).toMatchObject({ ok: true, unconfirmed: true })

    open('/ledger/clients')
    const row = (await screen.findByRole('link', { name: '离线客户' })).closest('tr')!
    expect(within(row).getByText('未确认')).toBeInTheDocument()

    open('/ledger')
    const panel = await screen.findByRole('region', { name: '团队台账' })
    expect(
      within(panel).getByText('本浏览器使用团队「星河代理」的台账，你的角色：经办人。'),
    ).toBeInTheDocument()
    expect(await within(panel).findByText('1 项修改未确认')).toBeInTheDocument()
    expect(within(panel).getByRole('status')).toHaveTextContent('连不上团队服务器')
    expect(screen.queryByRole('link', { name: '清除全部数据' })).toBeNull()
  })

  it('offers a 只读 member no way to add, change or delete a record', async () => {
    setTeamModeForTests(team('viewer'))
    open('/ledger/clients')
    expect(
      await screen.findByText('你的角色是只读：可以查看团队台账，不能添加或修改记录。'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /添加/ })).toBeNull()
  })
})
