import '../../storage/ledger/test-support'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { clearLedger, ledgerDb } from '../../storage/ledger'
import { enterpriseMiniProgram } from '../../storage/ledger/test-support'
import { publishDraftKey } from '../../storage/publish-draft'
import { useSettingsStore } from '../../storage/settings-store'
import { PublishPage } from './publish-page'

// Rendering whole pages in jsdom is slow on a busy machine: allow more than the default 5 s a test.
vi.setConfig({ testTimeout: 30_000 })

beforeEach(async () => {
  useSettingsStore.setState({ ruleSetId: 'current' })
  localStorage.clear()
  await clearLedger(ledgerDb())
})

function open(path: string) {
  const router = createMemoryRouter([{ path: '/publish/*', Component: PublishPage }], {
    initialEntries: [path],
  })
  render(<RouterProvider router={router} />)
  return router
}

const section = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) })
const statusOf = (name: string) => within(section(name)).getByRole('heading', { level: 2 }).textContent

async function enterpriseRecord() {
  return (await enterpriseMiniProgram(ledgerDb())).miniProgram
}

describe('a ledger mini program’s 发布清单', () => {
  it('gates 小程序信息 and 备案 until certification is recorded, and saves each step with the record', async () => {
    const user = userEvent.setup()
    const mp = await enterpriseRecord()
    open(`/publish/${mp.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: '发布清单：甲商城' })).toBeInTheDocument()
    expect(statusOf('小程序信息')).toContain('暂不能开始')
    expect(within(section('小程序信息')).getByRole('link', { name: '要先完成：微信认证' })).toHaveAttribute(
      'href',
      '#task-certification',
    )
    expect(within(section('小程序信息')).queryByRole('group', { name: /记录“小程序信息”的状态/ })).toBeNull()

    // The applications are recorded as in the wizard: applied (paying the fee), then what the platform shows.
    const cert = section('微信认证')
    await user.click(
      within(cert).getByRole('checkbox', { name: /我已在平台上提交认证申请，并支付认证费 300 元/ }),
    )
    await user.click(within(cert).getByRole('button', { name: '记录：认证申请' }))
    await waitFor(() => expect(statusOf('微信认证')).toContain('进行中'))
    expect(await within(section('微信认证')).findByText(/第 ?1 ?次申请/)).toBeInTheDocument()
    expect((await ledgerDb().miniPrograms.get(mp.id))?.certStatus).toBe('pending')
    await user.click(within(section('微信认证')).getByRole('radio', { name: '审核通过' }))
    await user.click(within(section('微信认证')).getByRole('button', { name: '记录：平台显示的审核结果' }))
    await waitFor(() => expect(statusOf('微信认证')).toContain('已完成'))
    // Approved today; the day can be corrected, and the expiry follows it.
    const approvedOn = within(section('微信认证')).getByLabelText(/认证通过的日期/)
    await user.clear(approvedOn)
    await user.type(approvedOn, '2026-01-10')
    await user.click(within(section('微信认证')).getByRole('button', { name: '保存“微信认证”的记录' }))
    expect(await screen.findByText('已保存')).toHaveAttribute('role', 'status')
    await waitFor(() => expect(section('微信认证')).toHaveTextContent('认证有效期到 2027年1月10日'))
    expect(statusOf('小程序信息')).toContain('未开始')
    expect(statusOf('小程序备案')).toContain('暂不能开始')

    const stored = await ledgerDb().miniPrograms.get(mp.id)
    expect(stored).toMatchObject({ certStatus: 'certified', certExpiry: '2027-01-10' })
    expect(stored?.publishing?.certification).toMatchObject({
      applications: [{ result: 'approved' }],
      approvedOn: '2026-01-10',
    })

    // 小程序信息: the name is checked by the domain's schema (MP_NAME) and kept on the ledger record.
    const name = within(section('小程序信息')).getByLabelText(/小程序名称/)
    expect(name).toHaveValue('甲商城')
    await user.clear(name)
    await user.type(name, '甲公司小程序')
    await user.click(within(section('小程序信息')).getByRole('button', { name: '保存“小程序信息”的记录' }))
    expect(await within(section('小程序信息')).findByText(/不能含有“小程序”/)).toBeInTheDocument()
    await user.clear(name)
    await user.type(name, '甲公司商城')
    await user.click(within(section('小程序信息')).getByRole('button', { name: '保存“小程序信息”的记录' }))
    expect(await screen.findByRole('heading', { level: 1, name: '发布清单：甲公司商城' })).toBeInTheDocument()
    expect((await ledgerDb().miniPrograms.get(mp.id))?.name).toBe('甲公司商城')

    await user.click(within(section('小程序信息')).getByRole('radio', { name: '已完成' }))
    await waitFor(() => expect(statusOf('小程序备案')).toContain('未开始'))
    expect((await ledgerDb().miniPrograms.get(mp.id))?.publishing?.tasks.profile?.status).toBe('done')
  })

  it('refuses a date in the future or not a date, at the field, and saves nothing', async () => {
    const user = userEvent.setup()
    const mp = await enterpriseRecord()
    open(`/publish/${mp.id}`)
    const filing = await screen.findByRole('region', { name: /^小程序备案/ })
    expect(within(filing).queryByLabelText(/提交备案的日期/)).toBeNull() // blocked: nothing to record yet
    const review = screen.getByRole('region', { name: /^提交审核/ })
    expect(within(review).queryByLabelText(/提交审核的日期/)).toBeNull()
    const release = screen.getByRole('region', { name: /^发布/ })
    expect(release).toHaveTextContent('要先完成：提交审核')
    const upload = screen.getByRole('region', { name: /^上传代码/ })
    expect(upload).toHaveTextContent('要先完成：添加开发者')
    await user.click(within(section('添加开发者')).getByRole('radio', { name: '已完成' }))
    await user.click(within(section('下载开发者工具')).getByRole('radio', { name: '已完成' }))
    const version = await within(section('上传代码')).findByLabelText(/版本号/)
    await user.type(version, 'v1.0')
    await user.click(within(section('上传代码')).getByRole('button', { name: '保存“上传代码”的记录' }))
    expect(
      await within(section('上传代码')).findByText('版本号只能由数字和点组成，例如 1.0.0'),
    ).toBeInTheDocument()
    // The page's error summary takes focus and links to the field.
    const summary = screen.getByRole('alert')
    expect(summary).toHaveFocus()
    const link = within(summary).getByRole('link', { name: '版本号只能由数字和点组成，例如 1.0.0' })
    expect(link).toHaveAttribute('href', `#${version.id}`)
    expect((await ledgerDb().miniPrograms.get(mp.id))?.publishing?.upload).toBeUndefined()
  })

  it('says so when the mini program is not in the ledger', async () => {
    open('/publish/no-such-id')
    expect(await screen.findByRole('heading', { level: 1, name: '台账中没有这个小程序' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '使用空白清单' })).toHaveAttribute('href', '/publish')
  })
})

describe('the blank 发布清单', () => {
  it('asks for the subject type first, keeps progress in this browser, and is saved as a ledger record', async () => {
    const user = userEvent.setup()
    const router = open('/publish')
    await screen.findByRole('heading', { level: 1, name: '发布清单' })
    expect(screen.queryByRole('region', { name: /^微信认证/ })).toBeNull()
    await user.selectOptions(screen.getByLabelText('主体类型'), '个人')
    expect(await screen.findByRole('region', { name: /^微信认证/ })).toHaveTextContent('可选')
    await user.click(within(section('下载开发者工具')).getByRole('radio', { name: '已完成' }))
    expect(JSON.parse(localStorage.getItem(publishDraftKey) ?? '{}').progress.tasks).toEqual({
      'dev-tools': { status: 'done', on: expect.any(String) },
    })

    await user.type(screen.getByLabelText(/小程序的登录邮箱/), 'me@example.com')
    await user.click(screen.getByRole('button', { name: '保存到台账' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/publish\/[^/]+$/))
    const id = router.state.location.pathname.split('/')[2]!
    const stored = await ledgerDb().miniPrograms.get(id)
    expect(stored).toMatchObject({ email: 'me@example.com', status: 'registered' })
    expect(stored?.publishing?.tasks['dev-tools']?.status).toBe('done')
    expect(localStorage.getItem(publishDraftKey)).toBeNull()
  })

  it('sets aside a draft that cannot be read, says so, and starts clean', async () => {
    localStorage.setItem(
      publishDraftKey,
      JSON.stringify({ version: 1, progress: { tasks: {}, releasedOn: 'x' } }),
    )
    open('/publish')
    expect(await screen.findByText(/空白清单无法读取/)).toBeInTheDocument()
    expect(localStorage.getItem(`${publishDraftKey}.unreadable`)).toContain('"releasedOn":"x"')
  })
})
