import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { samples, start, transition, type FlowState, type OutcomeEvent } from '../../../domain'
import { todayInChina } from '../../../platform/clock'
import { clearLedger, ledgerDb } from '../../../storage/ledger'
import '../../../storage/ledger/test-support'
import { useCasesStore } from '../store/cases-store'
import { answeredUpTo, renderWizard } from '../test-support'

// The outcome steps' dead ends (issue 10): recording what the platform shows is a choice, not a green button;
// a rejection and an expired transfer each have a way on.

const today = todayInChina()

function recorded(flow: FlowState, ...outcomes: OutcomeEvent[]): FlowState {
  return outcomes.reduce((state, outcome) => {
    const result = transition(state, { type: 'record', outcome }, { today })
    if (!result.ok) throw new Error(String(result.reason))
    return result.state
  }, flow)
}

function caseWith(flow: FlowState): string {
  const id = useCasesStore.getState().createCase(flow.path, 'current')
  useCasesStore.getState().saveFlow(id, flow)
  return id
}

const mp = 'mini-program' as const
const record = (legend: string) => screen.getByRole('button', { name: `记录：${legend}` })

/** The page's primary (green) buttons and links. */
const primaries = () => document.querySelectorAll('.button--primary')

describe('the certification step', () => {
  beforeEach(async () => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null, memoryDrafts: {} })
    await clearLedger(ledgerDb())
  })

  // rule: CERT_FEE — under current a government body's fee varies (third-party: "除政府、部分组织…可免费申请外，
  // 其他类型…300元/次", www.nbyuyuan.net/information/information/44): a range with its caution, never one figure.
  it('gives a fee that varies as a range with its caution, in the fee line and the application', async () => {
    const user = userEvent.setup()
    const flow = answeredUpTo('certification', { 'subject-type': { subjectType: 'government' } }, today)
    const id = caseWith(flow)
    renderWizard(`/register/${id}/certification`)
    await screen.findByRole('heading', { level: 1, name: '完成微信认证' })
    const fee = '0–300 元（因单位而异，部分单位免费）'
    expect(screen.getByText(new RegExp(`^认证费 ${fee}，审核失败不退`))).toBeInTheDocument()
    const applied = screen.getByRole('checkbox', { name: `我已在平台上提交认证申请，并支付认证费 ${fee}` })
    await user.click(applied)
    await user.click(record('认证申请'))
    expect(screen.getByText(`已支付认证费 1 次，共 ${fee}（不退）`)).toBeInTheDocument()
  })

  it('records the application and its result as choices; 下一步 is the one primary button', async () => {
    const user = userEvent.setup()
    const id = caseWith(answeredUpTo('certification', {}, today))
    renderWizard(`/register/${id}/certification`)
    await screen.findByRole('heading', { level: 1, name: '完成微信认证' })
    expect([...primaries()].map((b) => b.textContent)).toEqual(['下一步'])
    await user.click(screen.getByRole('checkbox', { name: '我已在平台上提交认证申请，并支付认证费 300 元' }))
    await user.click(record('认证申请'))
    expect(screen.getByText(`第 1 次申请：${today} 提交，审核中`)).toBeInTheDocument()
    const results = screen.getByRole('group', { name: '平台显示的审核结果' })
    expect(
      within(results)
        .getAllByRole('radio')
        .map((r) => r.parentElement!.textContent),
    ).toEqual(['审核通过', '平台要求补充材料', '审核未通过'])
    expect([...primaries()].map((b) => b.textContent)).toEqual(['下一步'])
    await user.click(screen.getByRole('radio', { name: '审核通过' }))
    await user.click(record('平台显示的审核结果'))
    expect(screen.getByText(`第 1 次申请：${today} 提交，已通过`)).toBeInTheDocument()
  })

  // rule: CERT_REVIEW_TIME — up to 15 working days, counted in mainland China's working days (holidays, 调休).
  it('dates the review in mainland working days: Spring Festival 2026 off, its make-up Saturdays on', async () => {
    const submitted = { kind: 'cert-submitted', target: mp, on: '2026-02-06' } as const
    const id = caseWith(recorded(answeredUpTo('certification', {}, today), submitted))
    renderWizard(`/register/${id}/certification`)
    // Monday to Friday alone would give 2026-02-27; 15–23 Feb are off, Saturdays 14 and 28 Feb are working days
    expect(
      await screen.findByText(
        '审核通常需要 1–15 个工作日，预计最晚 2026-03-05 前有结果（按中国大陆的工作日计算，已计入法定节假日和调休上班日）。',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/未计节假日|只扣除了周末/)).not.toBeInTheDocument()
    const source = screen.getByRole('link', { name: /^国务院办公厅通知（2026年）/ })
    expect(source).toHaveAttribute('href', 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm')
  })

  it('says plainly when the review date runs past the holidays announced so far', async () => {
    const submitted = { kind: 'cert-submitted', target: mp, on: '2026-12-20' } as const
    const id = caseWith(recorded(answeredUpTo('certification', {}, today), submitted))
    renderWizard(`/register/${id}/certification`)
    expect(
      await screen.findByText(
        '审核通常需要 1–15 个工作日，预计最晚 2027-01-08 前有结果。2026-12-31 以后的法定节假日还没有公布，这之后的日期只扣除了周末，实际可能更晚。',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/已计入法定节假日/)).not.toBeInTheDocument()
  })

  it('says nothing was chosen in the error summary, linked to the choice', async () => {
    const user = userEvent.setup()
    const id = caseWith(
      recorded(answeredUpTo('certification', {}, today), { kind: 'cert-submitted', target: mp, on: today }),
    )
    renderWizard(`/register/${id}/certification`)
    await user.click(await screen.findByRole('button', { name: '记录：平台显示的审核结果' }))
    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(summary).toHaveFocus())
    await user.click(within(summary).getByRole('link', { name: '请选择平台上显示的结果，再点击“记录”' }))
    expect(screen.getByRole('radio', { name: '审核通过' })).toHaveFocus()
  })

  it('counts material as supplied only once it was (rule: CERT_REVIEW_TIME)', async () => {
    const user = userEvent.setup()
    const flow = recorded(
      answeredUpTo('certification', {}, today),
      { kind: 'cert-submitted', target: mp, on: today },
      { kind: 'cert-sent-back', target: mp },
    )
    const id = caseWith(flow)
    renderWizard(`/register/${id}/certification`)
    const line = await screen.findByText(`第 1 次申请：${today} 提交，平台要求补充材料`)
    expect(line).not.toHaveTextContent('已补充材料')
    await user.click(screen.getByRole('checkbox', { name: '我已补充材料并重新提交' }))
    await user.click(record('补充材料'))
    expect(screen.getByText(`第 1 次申请：${today} 提交，审核中，已补充材料 1 次`)).toBeInTheDocument()
  })

  it('asks before recording a rejection, then offers 重新申请 with its fee and says why 下一步 waits', async () => {
    const user = userEvent.setup()
    const id = caseWith(
      recorded(answeredUpTo('certification', {}, today), { kind: 'cert-submitted', target: mp, on: today }),
    )
    renderWizard(`/register/${id}/certification`)
    await user.click(await screen.findByRole('radio', { name: '审核未通过' }))
    await user.click(record('平台显示的审核结果'))
    const question = screen.getByRole('group', { name: '确定记录“审核未通过”吗？' })
    expect(question).toHaveTextContent('已付的认证费（300 元）不退')
    await user.click(within(question).getByRole('button', { name: '确定，记录审核未通过' }))

    const notice = screen.getByRole('region', { name: '认证申请未通过' })
    expect(notice).toHaveTextContent('第 1 次申请未通过，这次申请已经结束')
    expect(notice).toHaveTextContent('新的申请需要再次支付认证费 300 元')
    await user.click(screen.getByRole('button', { name: '下一步' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('这次认证申请未通过，已经结束')
    expect(summary).not.toHaveTextContent('请先在上方记录平台上的结果')

    await user.click(
      within(notice).getByRole('checkbox', { name: '我已重新提交认证申请，并再次支付认证费 300 元' }),
    )
    await user.click(record('重新申请'))
    expect(screen.getByText(`第 2 次申请：${today} 提交，审核中`)).toBeInTheDocument()
    expect(screen.getByText('已支付认证费 2 次，共 600 元（不退）')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '认证申请未通过' })).not.toBeInTheDocument()
  })

  it('after a rejection, switches to the small transfer by a new registration, the subject and admin kept (rules: SUBJECT_LOCKED, TRANSFER_VERIFY)', async () => {
    const user = userEvent.setup()
    const flow = recorded(
      answeredUpTo('certification', {}, today),
      { kind: 'cert-submitted', target: mp, on: today },
      { kind: 'cert-rejected', target: mp },
    )
    const id = caseWith(flow)
    const router = renderWizard(`/register/${id}/certification`)
    const notice = await screen.findByRole('region', { name: '认证申请未通过' })
    expect(within(notice).getByRole('heading', { name: '改用小额打款验证' })).toBeInTheDocument()
    await user.click(within(notice).getByRole('button', { name: '用新邮箱重新注册，改用小额打款验证' }))
    await screen.findByRole('heading', { level: 1, name: '准备小程序的登录邮箱' })
    const [, newId] = /\/register\/([^/]+)\/account$/.exec(router.state.location.pathname)!
    expect(newId).not.toBe(id)
    const cases = useCasesStore.getState().cases
    expect(cases[newId!]!.flow.answers['verification-method']).toEqual({ method: 'transfer' })
    expect(cases[newId!]!.flow.answers['subject-info']).toEqual(flow.answers['subject-info'])
    expect(cases[newId!]!.drafts.admin).toEqual(flow.answers.admin)
    expect(screen.getByLabelText('邮箱')).toHaveValue('')
    // The rejected registration stays open: it may still re-apply.
    expect(cases[id]!.flow.status).toBe('active')
  })

  it('offers no switch to a subject that must be certified (rule: TRANSFER_VERIFY)', async () => {
    const flow = recorded(
      answeredUpTo('certification', { 'subject-type': { subjectType: 'government' } }, today),
      { kind: 'cert-submitted', target: mp, on: today },
      { kind: 'cert-rejected', target: mp },
    )
    renderWizard(`/register/${caseWith(flow)}/certification`)
    const notice = await screen.findByRole('region', { name: '认证申请未通过' })
    expect(within(notice).getByRole('checkbox', { name: /^我已重新提交认证申请/ })).toBeInTheDocument()
    expect(within(notice).queryByRole('button', { name: /小额打款/ })).not.toBeInTheDocument()
  })
})

describe('the small transfer step', () => {
  beforeEach(() => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null, memoryDrafts: {} })
  })

  const started = () =>
    recorded(answeredUpTo('transfer', { 'verification-method': { method: 'transfer' } }, today), {
      kind: 'transfer-started',
      on: today,
    })

  it('asks before recording an expiry; cancelling records nothing', async () => {
    const user = userEvent.setup()
    const id = caseWith(started())
    renderWizard(`/register/${id}/transfer`)
    await user.click(await screen.findByRole('radio', { name: '超过期限未完成（注册失败）' }))
    await user.click(record('平台显示的打款结果'))
    const question = screen.getByRole('group', { name: '确定记录“超过期限未完成”吗？' })
    await waitFor(() => expect(within(question).getByText('确定记录“超过期限未完成”吗？')).toHaveFocus())
    await user.click(within(question).getByRole('button', { name: '取消，不记录' }))
    expect(record('平台显示的打款结果')).toHaveFocus()
    expect(useCasesStore.getState().cases[id]!.flow.status).toBe('active')
  })

  it('once expired, offers 用新邮箱重新注册 as the page’s one primary action, keeping subject and admin', async () => {
    const user = userEvent.setup()
    const id = caseWith(started())
    const router = renderWizard(`/register/${id}/transfer`)
    await user.click(await screen.findByRole('radio', { name: '超过期限未完成（注册失败）' }))
    await user.click(record('平台显示的打款结果'))
    await user.click(screen.getByRole('button', { name: '确定，记录注册失败' }))
    const failed = screen.getByRole('region', { name: '注册失败' })
    expect(failed).toHaveTextContent('主体类型、主体信息和管理员会保留')
    expect(screen.queryByRole('button', { name: '下一步' })).not.toBeInTheDocument()
    expect([...primaries()].map((b) => b.textContent)).toEqual(['用新邮箱重新注册'])
    await user.click(within(failed).getByRole('button', { name: '用新邮箱重新注册' }))
    await screen.findByRole('heading', { level: 1, name: '准备小程序的登录邮箱' })
    const newId = /\/register\/([^/]+)\/account$/.exec(router.state.location.pathname)![1]!
    const cases = useCasesStore.getState().cases
    expect(cases[id]!.flow.status).toBe('failed')
    expect(cases[newId]!.flow.answers['subject-type']).toEqual({ subjectType: 'enterprise' })
    expect(cases[newId]!.flow.answers.account).toBeUndefined()
  })

  it('shows the day the transfer was done', async () => {
    const id = caseWith(recorded(started(), { kind: 'transfer-done', on: today }))
    renderWizard(`/register/${id}/transfer`)
    expect(await screen.findByText(`已于 ${today} 完成小额打款验证。`)).toBeInTheDocument()
  })
})

/** A 复用 registration on its result step, every step before it answered with the samples. */
function reuseAtResult(ruleSetId: 'current' | 'guide' = 'current'): FlowState {
  const confirmed = { confirmed: true }
  const values = [
    samples.subjectType,
    samples.subjectInfo,
    samples.oaStatus,
    confirmed,
    confirmed,
    samples.qualifications,
    samples.account,
    confirmed,
  ]
  const flow = values.reduce(
    (state: FlowState, value) => {
      const result = transition(state, { type: 'submit', values: value }, { today })
      if (!result.ok) throw new Error(`${state.current}: ${result.reason}`)
      return result.state
    },
    start('reuse', ruleSetId),
  )
  expect(flow.current).toBe('registration-result')
  return flow
}

describe('the fast registration’s result step', () => {
  beforeEach(() => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null, memoryDrafts: {} })
  })

  // rule: REUSE_CERT_OUTCOME — under current (registerMiniprogramByOffiaccount, "自2023年12月25日起…默认为未认证
  // 状态") the new mini program is expected uncertified: that is selected first, and its own certification follows.
  it('under current: expects 未认证, selected before anything is recorded, and asks for what the platform shows', async () => {
    const user = userEvent.setup()
    const id = caseWith(reuseAtResult())
    renderWizard(`/register/${id}/registration-result`)
    const group = await screen.findByRole('group', { name: /平台显示的快速注册结果/ })
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['not-certified', 'certified', 'failed', 'pending'])
    const notCertified = within(group).getByRole('radio', {
      name: '注册成功，小程序未认证（需要单独申请认证）',
    })
    expect(notCertified).toBeChecked()
    expect(group).toHaveTextContent('自2023年12月25日起，快速注册的新小程序默认是未认证状态')
    // Selected is not recorded: nothing is promised until the operator records what the platform shows.
    expect(useCasesStore.getState().cases[id]!.flow.outcomes.reuseResult).toBeUndefined()
    await user.click(record('平台显示的快速注册结果'))
    expect(screen.getByText('已记录：注册成功，小程序未认证（需要单独申请认证）')).toBeInTheDocument()
    expect(useCasesStore.getState().cases[id]!.flow.outcomes.reuseResult).toBe('not-certified')
    const notice = screen.getByRole('heading', { name: '单独申请微信认证' }).closest('section, div')!
    expect(notice).toHaveTextContent('单独认证需支付认证费 300 元，审核不通过不退。')
    expect(
      screen.getByRole('checkbox', { name: '我已在平台上提交认证申请，并支付认证费 300 元' }),
    ).toBeInTheDocument()
    expect([...primaries()].map((b) => b.textContent)).toEqual(['下一步'])
  })

  it('records what the platform shows when it differs: certified anyway, with no fee asked', async () => {
    const user = userEvent.setup()
    const id = caseWith(reuseAtResult())
    renderWizard(`/register/${id}/registration-result`)
    const group = await screen.findByRole('group', { name: /平台显示的快速注册结果/ })
    await user.click(within(group).getByRole('radio', { name: '注册成功，认证成功' }))
    await user.click(record('平台显示的快速注册结果'))
    expect(useCasesStore.getState().cases[id]!.flow.outcomes.reuseResult).toBe('certified')
    expect(within(group).getByRole('radio', { name: '注册成功，认证成功' })).toBeChecked()
    expect(screen.queryByRole('checkbox', { name: /支付认证费/ })).not.toBeInTheDocument()
  })

  it('records 认证未成功 as a choice; the re-application follows, at its fee (rule: REUSE_CERT_OUTCOME)', async () => {
    const user = userEvent.setup()
    const id = caseWith(reuseAtResult())
    renderWizard(`/register/${id}/registration-result`)
    const group = await screen.findByRole('group', { name: /平台显示的快速注册结果/ })
    await user.click(within(group).getByRole('radio', { name: '小程序已完成注册，认证未成功' }))
    await user.click(record('平台显示的快速注册结果'))
    expect(screen.getByText('已记录：小程序已完成注册，认证未成功')).toBeInTheDocument()
    expect(within(group).getByRole('radio', { name: '小程序已完成注册，认证未成功' })).toBeChecked()
    expect(useCasesStore.getState().cases[id]!.flow.outcomes.reuseResult).toBe('failed')
    // The re-application is recorded in the same way, below the result.
    expect(
      screen.getByRole('checkbox', { name: '我已在平台上提交认证申请，并支付认证费 300 元' }),
    ).toBeInTheDocument()
    expect([...primaries()].map((b) => b.textContent)).toEqual(['下一步'])
  })

  // Source under guide: the seed guide — registration and certification in one, free; its 认证未成功 branch kept.
  it('under guide: expects 认证成功, offers no 未认证, and keeps the guide’s 认证未成功 branch', async () => {
    const id = caseWith(reuseAtResult('guide'))
    renderWizard(`/register/${id}/registration-result`)
    const group = await screen.findByRole('group', { name: /平台显示的快速注册结果/ })
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['certified', 'failed', 'pending'])
    expect(within(group).getByRole('radio', { name: '注册成功，认证成功' })).toBeChecked()
    expect(group).toHaveTextContent('原指南说注册和认证一步完成')
  })
})
