import '../../storage/ledger/test-support'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  monthOf,
  requireRuleValue,
  ruleSets,
  sampleCreditCode,
  sampleIdCard,
  sampleMobile,
  type PlanColumnId,
} from '../../domain'
import { t } from '../../i18n'
import { todayInChina } from '../../platform/clock'
import { clearLedger, ledgerDb } from '../../storage/ledger'
import { useSettingsStore } from '../../storage/settings-store'
import { clearWizardHandoff, wizardHandoff } from '../../storage/wizard-handoff'
import { PlanPage } from './plan-page'
import { initialPlanState, usePlanStore } from './plan-store'
import { inThreadRunner, PlanRunnerContext } from './runner'

vi.setConfig({ testTimeout: 60_000 })

beforeEach(async () => {
  useSettingsStore.setState({ ruleSetId: 'current' })
  localStorage.clear()
  usePlanStore.setState(initialPlanState())
  clearWizardHandoff()
  await clearLedger(ledgerDb())
})

const header = [
  '主体名称',
  '统一社会信用代码',
  '主体类型',
  '注册方式',
  '公众号',
  '管理员姓名',
  '管理员身份证',
  '管理员手机',
  '邮箱',
  '小程序名称',
  '希望完成月份',
  '备注',
]

/** A plan row's cells in the header's order; each row a subject, admin and email of its own. */
function cells(n: number, over: Partial<Record<PlanColumnId | 'note', string>> = {}) {
  const values: Record<PlanColumnId | 'note', string> = {
    subjectName: `示例${n}号有限公司`,
    creditCode: sampleCreditCode(n),
    subjectType: '企业',
    path: '单独注册',
    officialAccount: '',
    adminName: '张三',
    idCard: sampleIdCard(n),
    mobile: sampleMobile(n),
    email: `plan-${n}@example.com`,
    miniProgramName: `计划助手${n}`,
    wishedMonth: '',
    note: '',
    ...over,
  }
  return [
    values.subjectName,
    values.creditCode,
    values.subjectType,
    values.path,
    values.officialAccount,
    values.adminName,
    values.idCard,
    values.mobile,
    values.email,
    values.miniProgramName,
    values.wishedMonth,
    values.note,
  ]
}

const tsv = (rows: string[][]) => [header, ...rows].map((r) => r.join('\t')).join('\n')

function open() {
  const router = createMemoryRouter(
    [
      { path: '/plan', Component: PlanPage },
      { path: '/register/new', Component: () => <h1>{wizardHandoff()?.label}</h1> },
    ],
    { initialEntries: ['/plan'] },
  )
  render(
    <PlanRunnerContext value={inThreadRunner()}>
      <RouterProvider router={router} />
    </PlanRunnerContext>,
  )
  return router
}

async function paste(text: string) {
  const user = userEvent.setup()
  const box = screen.getByLabelText('粘贴表格', { exact: false })
  await user.click(box)
  await user.paste(text)
  await user.click(screen.getByRole('button', { name: '读取并规划' }))
  return user
}

const results = () => screen.findByRole('heading', { name: '规划结果' }, { timeout: 30_000 })

describe('批量规划', () => {
  it('reads pasted cells, plans the valid rows, and names each problem with its row and column', async () => {
    open()
    await paste(tsv([cells(1), cells(2), cells(3, { idCard: '110105194912310021' }), cells(4)]))
    await results()
    expect(screen.getByText('已安排 3 行')).toBeInTheDocument()
    expect(
      screen.getByText(
        `最早 ${t('plan.result.month', { year: todayInChina().slice(0, 4), month: String(Number(monthOf(todayInChina()).slice(5))) })} 全部完成`,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('共 4 行：3 行可以规划，1 行需要修改。')).toBeInTheDocument()
    expect(screen.getByText('这些列不认识，已忽略：备注')).toBeInTheDocument()
    const problems = screen.getByRole('region', { name: '需要修改的行（1）' })
    expect(within(problems).getByRole('heading', { name: '第 4 行' })).toBeInTheDocument()
    expect(within(problems).getByText(/身份证/)).toBeInTheDocument()
    // Masked on reading: the full numbers appear nowhere on the page, and nothing of the plan is stored.
    expect(document.body.textContent).not.toContain(sampleIdCard(1))
    expect(document.body.textContent).not.toContain(sampleMobile(2))
    expect(JSON.stringify({ ...localStorage })).not.toMatch(/计划助手|示例1号/)
    expect(screen.getByLabelText('粘贴表格', { exact: false })).toHaveValue('')
  })

  it('re-plans at once when a bad row is corrected, and refuses a correction that is still wrong', async () => {
    open()
    const user = await paste(tsv([cells(1), cells(2, { email: 'not-an-email' })]))
    await results()
    expect(screen.getByText('已安排 1 行')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '修改第 3 行' }))
    const editor = screen.getByRole('region', { name: '修改第 3 行' })
    const email = within(editor).getByLabelText('邮箱', { exact: false })
    expect(email).toHaveValue('not-an-email')
    // The valid ID card was kept masked only: its field is empty, with the masked number as its hint.
    expect(within(editor).getByLabelText('管理员身份证', { exact: false })).toHaveValue('')
    await user.clear(email)
    await user.type(email, 'still wrong')
    await user.click(within(editor).getByRole('button', { name: '保存并重新规划' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: /邮箱/ })).toBeInTheDocument()
    await user.clear(email)
    await user.type(email, 'plan-2@example.com')
    await user.click(within(editor).getByRole('button', { name: '保存并重新规划' }))
    expect(await screen.findByText('已安排 2 行')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /需要修改的行/ })).not.toBeInTheDocument()
  })

  it('refuses an ID card’s use past its limit, naming the rule and a way out', async () => {
    const max = requireRuleValue(ruleSets.current, 'ID_CARD_LIMIT').limit
    open()
    const rows = Array.from({ length: max + 1 }, (_, i) => cells(i + 1, { idCard: sampleIdCard(1) }))
    await paste(tsv([...rows, cells(max + 2)]))
    await results()
    expect(screen.getByText(`已安排 ${max + 1} 行`)).toBeInTheDocument()
    expect(screen.getByText('1 行无法安排')).toBeInTheDocument()
    const table = screen.getByRole('table', { name: /每一行的安排/ })
    const refused = within(table)
      .getByRole('rowheader', { name: String(max + 2) })
      .closest('tr')!
    expect(within(refused).getByText('无法安排')).toBeInTheDocument()
    expect(within(refused).getByText(/换一位管理员/)).toBeInTheDocument()
  })

  it('changing a row’s path re-plans, and 在向导中开始 hands the row to the wizard', async () => {
    const router = open()
    const user = await paste(tsv([cells(1), cells(2)]))
    await results()
    await user.click(screen.getByRole('button', { name: '修改第 3 行' }))
    const editor = screen.getByRole('region', { name: '修改第 3 行' })
    await user.selectOptions(within(editor).getByLabelText('注册方式', { exact: false }), '复用公众号')
    await user.click(within(editor).getByRole('button', { name: '保存并重新规划' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText(/必须填写公众号名称/)).toBeInTheDocument()
    await user.type(within(editor).getByLabelText('公众号', { exact: false }), '示例服务号')
    await user.click(within(editor).getByRole('button', { name: '保存并重新规划' }))
    const rowOf = () =>
      within(screen.getByRole('table', { name: /每一行的安排/ }))
        .getByRole('rowheader', { name: '3' })
        .closest('tr')!
    await waitFor(() => expect(within(rowOf()).getAllByText('复用公众号').length).toBeGreaterThan(0))
    const row = rowOf()
    expect(within(row).getByText(/台账中没有公众号「示例服务号」/)).toBeInTheDocument()
    await user.click(within(row).getByRole('button', { name: '在向导中开始第 3 行' }))
    expect(router.state.location.search).toBe('?from=plan')
    const handoff = wizardHandoff()!
    expect(handoff.path).toBe('reuse')
    expect(handoff.drafts['oa-status']).toEqual({ accountName: '示例服务号' })
    expect(handoff.drafts.admin).toMatchObject({ name: '张三', idCardNumber: expect.stringMatching(/\*/) })
    expect(JSON.stringify(handoff.drafts)).not.toContain(sampleIdCard(2))
    expect(handoff.label).toBe('批量规划第 3 行：计划助手2')
  })

  it('says what is wrong with an empty paste, and with a sheet missing a column, changing nothing', async () => {
    open()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: '读取并规划' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: '请先粘贴表格内容（包括标题行）' })).toBeInTheDocument()
    await paste('主体名称\t邮箱\n甲\ta@example.com')
    expect(await screen.findByText(/表格缺少这些必填列：.*主体类型/)).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: '规划结果' })).not.toBeInTheDocument()
  })

  it('shows its progress while reading a large plan, and 取消 stops it, changing nothing', async () => {
    open()
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('粘贴表格', { exact: false }))
    await user.paste(tsv(Array.from({ length: 2000 }, (_, i) => cells(i + 1))))
    await user.click(screen.getByRole('button', { name: '读取并规划' }))
    expect(await screen.findByText(/正在读取和检查：第 \d+ 行，共 2000 行/)).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: /正在读取/ })).toHaveAttribute('max', '2000')
    await user.click(screen.getByRole('button', { name: '取消' }))
    expect(await screen.findByText('已取消读取，计划没有改变。')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: '规划结果' })).not.toBeInTheDocument()
    expect(usePlanStore.getState().rows).toEqual([])
  })
})
