import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  ruleSets,
  samples,
  start,
  transition,
  type FlowState,
  type PathId,
  type ReuseResult,
  type RuleSet,
  type StepId,
} from '../../domain'
import { useCasesStore } from './store/cases-store'
import { stepComponents } from './steps/step-components'
import type { StepBodyProps } from './steps/step-body'
import { renderWizard, sampleAnswers } from './test-support'

// Issue 10, "What a new user tripped over": the screens that said something misleading.

const today = '2026-11-24'
const confirmed = { confirmed: true }
// The standalone samples, and the reuse path's own steps besides.
const values: Partial<Record<StepId, unknown>> = {
  ...sampleAnswers,
  'oa-status': samples.oaStatus,
  'open-mini-program': confirmed,
  'fast-register': confirmed,
  qualifications: samples.qualifications,
  profile: samples.profile,
}

function send(flow: FlowState, event: Parameters<typeof transition>[1]): FlowState {
  const result = transition(flow, event, { today })
  if (!result.ok) throw new Error(`${flow.current}: ${result.reason}`)
  return result.state
}

/** A registration walked with the samples until `until` is its step (the confirmation page: submitted). */
function flowAt(path: PathId, until: StepId, reuseResult: ReuseResult = 'certified'): FlowState {
  let flow = start(path, 'current')
  for (let i = 0; i < 30 && flow.current !== until; i += 1) {
    if (flow.current === 'certification') {
      const target = 'mini-program'
      flow = send(flow, { type: 'record', outcome: { kind: 'cert-submitted', target, on: today } })
      flow = send(flow, { type: 'record', outcome: { kind: 'cert-approved', target } })
    }
    if (flow.current === 'registration-result') {
      flow = send(flow, { type: 'record', outcome: { kind: 'reuse-result', result: reuseResult } })
    }
    flow = send(flow, { type: 'submit', values: values[flow.current] })
  }
  expect(flow.current).toBe(until)
  return flow
}

function caseAt(path: PathId, until: StepId, reuseResult?: ReuseResult): string {
  const id = useCasesStore.getState().createCase(path, 'current')
  useCasesStore.getState().saveFlow(id, flowAt(path, until, reuseResult))
  return id
}

/** The stepper's phases as a user hears them: name and state, and which one is aria-current. */
function phases() {
  const list = screen.getByRole('list', { name: '注册阶段' })
  const items = within(list).getAllByRole('listitem')
  return {
    texts: items.map((item) => item.textContent),
    current: items.filter((item) => item.getAttribute('aria-current') === 'step').map((i) => i.textContent),
  }
}

beforeEach(() => {
  localStorage.clear()
  useCasesStore.setState({ cases: {}, problem: null, memoryDrafts: {} })
})

describe('the progress text and the phases', () => {
  it('shows the range of steps from the path definition before the total is known, in the title too', async () => {
    const id = caseAt('standalone', 'open-platform')
    renderWizard(`/register/${id}/open-platform`)
    await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' })
    expect(screen.getByText('第 1 步，共 11–14 步')).toBeInTheDocument()
    await waitFor(() =>
      expect(document.title).toBe('第 1 步，共 11–14 步：打开微信公众平台，点击“立即注册” - 小程序注册向导'),
    )
    expect(phases().current).toEqual(['平台注册（当前阶段）'])
    expect(phases().texts).toContain('验证（未开始）')
  })

  it('shows the total as soon as it is known: an enterprise has 14 steps whichever way it verifies', async () => {
    const id = caseAt('standalone', 'subject-info')
    renderWizard(`/register/${id}/subject-info`)
    await screen.findByRole('heading', { level: 1, name: '填写主体信息' })
    expect(screen.getByText('第 6 步，共 14 步')).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('第 6 步，共 14 步：填写主体信息 - 小程序注册向导'))
  })

  it('keeps 管理员 ticked at 确认主体信息, where 主体 is the current phase', async () => {
    const id = caseAt('standalone', 'confirm-subject')
    renderWizard(`/register/${id}/confirm-subject`)
    await screen.findByRole('heading', { level: 1, name: '确认主体信息' })
    expect(phases().texts).toEqual([
      '平台注册（已完成）',
      '帐号（已完成）',
      '主体（当前阶段）',
      '管理员（已完成）',
      '验证（未开始）',
      '小程序信息（未开始）',
      '核对提交（未开始）',
    ])
    expect(phases().current).toEqual(['主体（当前阶段）'])
  })

  it('says 主体 is not finished while the admin is verified (its confirmation comes later)', async () => {
    const id = caseAt('standalone', 'admin-verify')
    renderWizard(`/register/${id}/admin-verify`)
    await screen.findByRole('heading', { level: 1, name: '在平台上完成短信验证和扫码' })
    expect(phases().texts).toContain('主体（未完成）')
    expect(phases().current).toEqual(['管理员（当前阶段）'])
  })

  it('on the confirmation page nothing is current: 核对提交 is done', async () => {
    const id = caseAt('standalone', 'done')
    renderWizard(`/register/${id}/done`)
    await screen.findByRole('heading', { level: 1, name: '注册信息已记录' })
    expect(phases().current).toEqual([])
    expect(phases().texts).toContain('核对提交（已完成）')
    expect(screen.queryByText(/当前阶段/)).not.toBeInTheDocument()
    expect(screen.getByText('第 14 步，共 14 步')).toBeInTheDocument()
  })

  it('reuse, 认证未成功: 验证 is not ticked after the result, nor on the confirmation page', async () => {
    const id = caseAt('reuse', 'admin', 'failed')
    renderWizard(`/register/${id}/admin`)
    await screen.findByRole('heading', { level: 1, name: '填写管理员信息' })
    expect(phases().texts).toContain('验证（未完成）')
    expect(screen.getByText('第 10 步，共 14 步')).toBeInTheDocument()
    cleanup()
    const done = caseAt('reuse', 'done', 'failed')
    renderWizard(`/register/${done}/done`)
    await screen.findByRole('heading', { level: 1, name: '注册信息已记录' })
    expect(phases().texts).toContain('验证（未完成）')
    expect(phases().texts).toContain('核对提交（已完成）')
  })

  it('reuse, certified: 验证 is ticked after the result', async () => {
    const id = caseAt('reuse', 'admin')
    renderWizard(`/register/${id}/admin`)
    await screen.findByRole('heading', { level: 1, name: '填写管理员信息' })
    expect(phases().texts).toContain('验证（已完成）')
  })
})

function bodyProps(flow: FlowState, step: StepId, ruleSet: RuleSet): StepBodyProps {
  const id = useCasesStore.getState().createCase(flow.path, 'current')
  useCasesStore.getState().saveFlow(id, flow)
  return {
    step,
    item: useCasesStore.getState().cases[id]!,
    flow,
    ruleSet,
    today,
    submit: async () => {},
    keep: () => {},
    record: () => {},
    switchPath: () => {},
    reportErrors: () => {},
  }
}

describe('the admin-verify page', () => {
  it('shows the admin masked and says where the full numbers are, with nothing about retyping', async () => {
    const id = caseAt('standalone', 'admin-verify')
    renderWizard(`/register/${id}/admin-verify`)
    await screen.findByRole('heading', { level: 1, name: '在平台上完成短信验证和扫码' })
    expect(
      screen.getByText('要在平台上验证的管理员：买买提·艾力，身份证 110***********002X，手机 138****8000。'),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        '为保护个人信息，本工具只保存了打码后的号码。在平台上请照管理员本人的身份证填写完整的18位身份证号码，手机号码填写管理员本人的11位手机号码。',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/管理员本人身份证上的完整身份证号码/)).toBeInTheDocument()
    expect(screen.queryByText(/重新填写/)).not.toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(document.body.textContent).not.toContain(samples.admin.idCardNumber)
  })

  it('takes the lengths from the rule set', () => {
    const base = ruleSets.current
    const ruleSet: RuleSet = {
      ...base,
      rules: {
        ...base.rules,
        ID_CARD_NUMBER: {
          ...base.rules.ID_CARD_NUMBER,
          value: { length: 19, adultAge: 18, foreignPermanentResidence: null },
        },
        MOBILE: { ...base.rules.MOBILE, value: { length: 12 } },
      },
    }
    const Step = stepComponents['admin-verify']
    render(<Step {...bodyProps(flowAt('standalone', 'admin-verify'), 'admin-verify', ruleSet)} />)
    expect(screen.getByText(/完整的19位身份证号码，手机号码填写管理员本人的12位手机号码/)).toBeInTheDocument()
  })

  it('the admin form, which has the fields, keeps the sentence about retyping all three', async () => {
    const id = caseAt('standalone', 'admin-verify')
    renderWizard(`/register/${id}/admin`)
    await screen.findByRole('heading', { level: 1, name: '填写管理员信息' })
    expect(
      screen.getByText('已保存的管理员：买买提·艾力，身份证 110***********002X，手机 138****8000。'),
    ).toBeVisible()
    expect(screen.getByText('不修改就直接点“下一步”；要修改请重新填写全部三项。')).toBeVisible()
    expect(screen.getByLabelText('管理员身份证')).toBeInTheDocument()
  })
})

describe('the account step’s hints', () => {
  it('on the reuse path: two hints, each its own paragraph and sentence, both describing the field', async () => {
    const id = caseAt('reuse', 'account')
    renderWizard(`/register/${id}/account`)
    const email = await screen.findByLabelText('邮箱')
    const general =
      '作为登录帐号，请填写未被微信公众平台注册，未被微信开放平台注册，未被个人微信号绑定的邮箱。'
    const reuse = '不能使用公众号自己的登录邮箱（official-account@example.com），请换一个新邮箱。'
    expect(email).toHaveAccessibleDescription(`${general} ${reuse}`)
    expect(screen.getByText(general).tagName).toBe('P')
    expect(screen.getByText(reuse).tagName).toBe('P')
  })

  it('on the standalone path: the one hint, nothing about an official account', async () => {
    const id = caseAt('standalone', 'account')
    renderWizard(`/register/${id}/account`)
    const email = await screen.findByLabelText('邮箱')
    expect(email).toHaveAccessibleDescription(
      '作为登录帐号，请填写未被微信公众平台注册，未被微信开放平台注册，未被个人微信号绑定的邮箱。',
    )
  })
})

describe('check answers on the reuse path', () => {
  it('shows 复用的资质 as 平台已锁定 once the platform has the registration, and 修改 where it may change', async () => {
    const id = caseAt('reuse', 'review')
    renderWizard(`/register/${id}/review`)
    await screen.findByRole('heading', { level: 1, name: '核对你的回答' })
    const row = screen.getByText('复用的资质', { selector: 'dt' }).parentElement!
    expect(within(row).getByText('平台已锁定')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /^修改\s?复用的资质$/ })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^修改\s?小程序名称$/ })).toBeInTheDocument()
  })
})

describe('公众号现在的状态, one decision at a time', () => {
  const accountFields = async (user: ReturnType<typeof userEvent.setup>) => {
    // Pasted, not typed key by key: each keystroke saves a draft, slow on a busy machine.
    await user.click(screen.getByLabelText('公众号名称'))
    await user.paste('示例科技服务号')
    await user.click(screen.getByRole('radio', { name: '服务号' }))
    await user.click(screen.getByRole('radio', { name: '已认证' }))
    await user.click(screen.getByLabelText('公众号的登录邮箱'))
    await user.paste('official-account@example.com')
  }

  it('asks about the account first, then its associations, then this month, and goes on', async () => {
    const user = userEvent.setup({ delay: null })
    const id = caseAt('reuse', 'oa-status')
    const router = renderWizard(`/register/${id}/oa-status`)
    await screen.findByRole('heading', { level: 1, name: '公众号现在的状态' })
    expect(screen.getByRole('heading', { level: 2, name: '公众号本身' })).toBeInTheDocument()
    expect(screen.queryByLabelText('已关联的同主体小程序数量')).not.toBeInTheDocument()
    expect(screen.queryByLabelText('本月已快速注册成功的小程序')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '下一步' })).not.toBeInTheDocument()

    // 继续 with nothing answered: the summary lists the group's problems, the next group stays closed.
    await user.click(screen.getByRole('button', { name: '继续' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveFocus()
    expect(within(summary).getByRole('link', { name: '请输入公众号名称' })).toBeInTheDocument()
    expect(screen.queryByLabelText('已关联的同主体小程序数量')).not.toBeInTheDocument()
    await user.click(within(summary).getByRole('link', { name: '请输入公众号名称' }))
    expect(screen.getByLabelText('公众号名称')).toHaveFocus()

    await accountFields(user)
    await user.click(screen.getByRole('button', { name: '继续' }))
    expect(await screen.findByRole('heading', { level: 2, name: '已关联的小程序' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByLabelText('已关联的同主体小程序数量')).toHaveFocus())
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    // By keyboard: type the count, Enter opens the last group.
    await user.keyboard('3{Enter}')
    expect(await screen.findByRole('heading', { level: 2, name: '本月的关联和快速注册' })).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.getByLabelText('本月新增关联的同主体小程序（不含快速注册）')).toHaveFocus(),
    )
    expect(screen.queryByRole('button', { name: '继续' })).not.toBeInTheDocument()
    // Nothing typed before is lost.
    expect(screen.getByLabelText('公众号名称')).toHaveValue('示例科技服务号')

    await user.click(screen.getByRole('button', { name: '下一步' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/register/${id}/open-mini-program`))
    expect(useCasesStore.getState().cases[id]!.flow.answers['oa-status']).toMatchObject({
      accountName: '示例科技服务号',
      certified: true,
      sameSubjectLinks: 3,
      monthFastRegistrations: 0,
    })
    // A whole step walked through, ledger write included: more than the default on a busy machine.
  }, 60_000)

  it('opens the groups already answered when the page is opened again, with what was typed', async () => {
    const user = userEvent.setup({ delay: null })
    const id = caseAt('reuse', 'oa-status')
    renderWizard(`/register/${id}/oa-status`)
    await screen.findByRole('heading', { level: 1, name: '公众号现在的状态' })
    await accountFields(user)
    await user.click(screen.getByRole('button', { name: '继续' }))
    await user.type(await screen.findByLabelText('已关联的同主体小程序数量'), '4')
    cleanup()

    renderWizard(`/register/${id}/oa-status`)
    await screen.findByRole('heading', { level: 1, name: '公众号现在的状态' })
    expect(screen.getByLabelText('公众号名称')).toHaveValue('示例科技服务号')
    expect(screen.getByLabelText('已关联的同主体小程序数量')).toHaveValue('4')
    expect(screen.getByLabelText('本月已快速注册成功的小程序')).toHaveValue('0')
    expect(screen.getByRole('button', { name: '下一步' })).toBeInTheDocument()
  })

  it('shows every group of an answer already given, and the summary links reach every field', async () => {
    const user = userEvent.setup({ delay: null })
    const id = caseAt('reuse', 'open-mini-program')
    renderWizard(`/register/${id}/oa-status`)
    await screen.findByRole('heading', { level: 1, name: '公众号现在的状态' })
    expect(screen.getByLabelText('已关联的同主体小程序数量')).toHaveValue('2')
    await user.clear(screen.getByLabelText('公众号名称'))
    await user.clear(screen.getByLabelText('本月已快速注册成功的小程序'))
    await user.click(screen.getByRole('button', { name: '下一步' }))
    const summary = await screen.findByRole('alert')
    const links = within(summary).getAllByRole('link')
    expect(links.map((l) => l.textContent)).toEqual(['请输入公众号名称', '请输入数量，没有就填 0'])
    await user.click(links[1]!)
    expect(screen.getByLabelText('本月已快速注册成功的小程序')).toHaveFocus()
  })
})
