import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { ruleSets, samples, transition, type FlowEvent, type FlowState } from '../../../domain'
import { todayInChina } from '../../../platform/clock'
import { clearLedger, ledgerDb } from '../../../storage/ledger'
import { add, miniProgramDraft } from '../../../storage/ledger/test-support'
import { syncLedger } from '../ledger-sync'
import { useCasesStore } from '../store/cases-store'
import { answeredUpTo, renderWizard } from '../test-support'

// The confirmation page (issue 10): a panel saying what was registered, the AppID recorded as an outcome and
// written to the ledger, the fees paid; its main action never leads to a page that does not exist.

const today = todayInChina()
const mp = 'mini-program' as const

function send(flow: FlowState, ...events: FlowEvent[]): FlowState {
  return events.reduce((state, event) => {
    const result = transition(state, event, { today })
    if (!result.ok) throw new Error(`${state.current}: ${result.reason}`)
    return result.state
  }, flow)
}

/** A standalone enterprise submitted after two certification applications, the first rejected. */
function submitted(): FlowState {
  return send(
    answeredUpTo('certification', {}, today),
    { type: 'record', outcome: { kind: 'cert-submitted', target: mp, on: '2026-10-10' } },
    { type: 'record', outcome: { kind: 'cert-rejected', target: mp } },
    { type: 'record', outcome: { kind: 'cert-submitted', target: mp, on: '2026-10-20' } },
    { type: 'record', outcome: { kind: 'cert-approved', target: mp } },
    { type: 'submit' },
    { type: 'submit', values: samples.profile },
    { type: 'submit' },
  )
}

/** The registration, submitted and finalised in the ledger, on its confirmation page. */
async function openDone() {
  const flow = submitted()
  const id = useCasesStore.getState().createCase('standalone', 'current')
  useCasesStore.getState().saveFlow(id, flow)
  expect(await syncLedger(id, flow, today, ruleSets.current)).toEqual({ ok: true })
  renderWizard(`/register/${id}/done`)
  await screen.findByRole('heading', { level: 1, name: '注册信息已记录' })
  return { id, user: userEvent.setup() }
}

const primaries = () => [...document.querySelectorAll('.button--primary')].map((b) => b.textContent)
const appIdField = () => screen.getByRole('textbox', { name: 'AppID' })

describe('the confirmation page', () => {
  beforeEach(async () => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null, memoryDrafts: {} })
    await clearLedger(ledgerDb())
  })

  it('says what was registered; recording the AppID is the main action, the 发布清单 a plain link to this one', async () => {
    await openDone()
    expect(screen.getByText(`“${samples.profile.name}”已注册`)).toBeInTheDocument()
    expect(screen.getByText('注册方式：单独注册')).toBeInTheDocument()
    expect(primaries()).toEqual(['保存 AppID'])
    const publish = screen.getByRole('link', { name: '打开这个小程序的发布清单' })
    expect(publish).not.toHaveClass('button')
    expect(publish.getAttribute('href')).toMatch(/^\/publish\/case\/[^/]+$/)
  })

  it('lists each certification fee paid and their total (rule: CERT_FEE)', async () => {
    await openDone()
    const row = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling
    expect(row('认证费（第 1 次申请）')).toHaveTextContent('300 元，2026-10-10 提交，未通过')
    expect(row('认证费（第 2 次申请）')).toHaveTextContent('300 元，2026-10-20 提交，已通过')
    expect(row('认证费合计')).toHaveTextContent('600 元（2 次申请，不退）')
  })

  it('shows the day a small transfer was done, not its deadline (rule: TRANSFER_VERIFY)', async () => {
    const flow = send(
      answeredUpTo('transfer', { 'verification-method': { method: 'transfer' } }, today),
      { type: 'record', outcome: { kind: 'transfer-started', on: '2026-11-20' } },
      { type: 'record', outcome: { kind: 'transfer-done', on: '2026-11-23' } },
      { type: 'submit' },
      { type: 'submit', values: samples.profile },
      { type: 'submit' },
    )
    const id = useCasesStore.getState().createCase('standalone', 'current')
    useCasesStore.getState().saveFlow(id, flow)
    renderWizard(`/register/${id}/done`)
    const term = await screen.findByText('小额打款验证', { selector: 'dt' })
    expect(term.nextElementSibling).toHaveTextContent('已于 2026-11-23 完成小额打款验证。')
  })

  it('refuses a malformed AppID in the field rule’s words, and records nothing (rule: APPID)', async () => {
    const { id, user } = await openDone()
    await user.type(appIdField(), 'wx12')
    await user.click(screen.getByRole('button', { name: '保存 AppID' }))
    const message = 'AppID以wx开头，后面是16位数字或小写字母a到f，请从开发设置中复制'
    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(summary).toHaveFocus())
    await user.click(within(summary).getByRole('link', { name: message }))
    expect(appIdField()).toHaveFocus()
    expect(appIdField()).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(useCasesStore.getState().cases[id]!.flow.outcomes.appId).toBeUndefined()
  })

  it('records a good AppID in the registration and the ledger; then the main action is the list', async () => {
    const { id, user } = await openDone()
    await user.type(appIdField(), 'wx0123456789abcdef')
    await user.click(screen.getByRole('button', { name: '保存 AppID' }))
    const saved = await screen.findByText('已记录 AppID：wx0123456789abcdef')
    await waitFor(() => expect(saved).toHaveFocus())
    expect(screen.getByText('AppID 已保存，台账中的记录也已更新。')).toBeInTheDocument()
    expect(screen.getByText('wx0123456789abcdef', { selector: 'dd' })).toBeInTheDocument()
    expect(useCasesStore.getState().cases[id]!.flow.outcomes.appId).toBe('wx0123456789abcdef')
    expect(await ledgerDb().miniPrograms.where('caseId').equals(id).first()).toMatchObject({
      status: 'registered',
      appId: 'wx0123456789abcdef',
    })
    expect(primaries()).toEqual(['返回注册列表'])
    expect(screen.queryByRole('textbox', { name: 'AppID' })).not.toBeInTheDocument()
    // Correcting it keeps one primary action: the save button is a quiet one now.
    await user.click(screen.getByRole('button', { name: '修改 AppID' }))
    expect(appIdField()).toHaveValue('wx0123456789abcdef')
    expect(primaries()).toEqual(['返回注册列表'])
  })

  it('refuses an AppID another mini program of the ledger holds', async () => {
    const { id, user } = await openDone()
    await add(ledgerDb(), 'miniPrograms', {
      ...miniProgramDraft('other@example.com'),
      appId: 'wx0123456789abcdef',
    })
    await user.type(appIdField(), 'wx0123456789abcdef')
    await user.click(screen.getByRole('button', { name: '保存 AppID' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('这个 AppID 已记录在台账的另一个小程序上')
    expect(useCasesStore.getState().cases[id]!.flow.outcomes.appId).toBeUndefined()
  })
})
