import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { ruleSets, start, type FlowState, type SubjectType } from '../../../domain'
import { walk } from '../../../domain/flow/test-walk'
import { clearLedger, ledgerDb } from '../../../storage/ledger'
import '../../../storage/ledger/test-support' // fake-indexeddb: the step page asks the ledger
import { useCasesStore } from '../store/cases-store'
import { renderWizard } from '../test-support'
import { InstructionList } from './instruction-list'

// The reuse path's screens read the rule set: where to click in the official account back office
// (rule OA_MENU_PATH) and whether 微信认证资质 must be ticked (rule REUSE_QUALIFICATIONS).

function saveCase(flow: FlowState) {
  const store = useCasesStore.getState()
  const id = store.createCase(flow.path, flow.ruleSetId)
  store.saveFlow(id, flow)
  return id
}

function onQualifications(subjectType: SubjectType, ruleSetId: 'current' | 'guide' = 'current') {
  const id = saveCase(walk('reuse', 'qualifications', { 'subject-type': { subjectType } }, ruleSetId))
  return { id, router: renderWizard(`/register/${id}/qualifications`) }
}

const next = () => userEvent.click(screen.getByRole('button', { name: '下一步' }))

describe('what to click in the official account back office (rule: OA_MENU_PATH)', () => {
  it.each([
    ['current', '依次点击“广告与服务 → 小程序管理 → 添加 → 快速注册并认证小程序”'],
    ['guide', '依次点击“小程序管理 → 添加 → 快速注册并认证小程序”'],
  ] as const)('shows the fast-registration entry of %s', (ruleSetId, line) => {
    render(
      <InstructionList flow={start('reuse', ruleSetId)} step="fast-register" ruleSet={ruleSets[ruleSetId]} />,
    )
    expect(within(screen.getByRole('list')).getAllByRole('listitem')[0]).toHaveTextContent(line)
  })

  it.each([
    ['current', '公众号左侧导航依次点击“广告与服务 → 小程序管理”'],
    ['guide', '公众号左侧导航依次点击“小程序 → 开通”'],
  ] as const)('shows where the mini program function is opened under %s', (ruleSetId, line) => {
    render(
      <InstructionList
        flow={start('reuse', ruleSetId)}
        step="open-mini-program"
        ruleSet={ruleSets[ruleSetId]}
      />,
    )
    expect(screen.getByRole('listitem')).toHaveTextContent(line)
  })
})

describe('the qualifications step (rule: REUSE_QUALIFICATIONS)', () => {
  beforeEach(async () => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null })
    await clearLedger(ledgerDb())
  })

  it('lets an enterprise leave 微信认证资质 unticked under current, and says so', async () => {
    const { id, router } = onQualifications('enterprise')
    const box = await screen.findByRole('checkbox', { name: '微信认证资质' })
    expect(box).toHaveAccessibleDescription(expect.stringContaining('企业主体可以不勾选。'))
    expect(box).not.toBeChecked()
    await next()
    await screen.findByRole('heading', { level: 1, name: '准备小程序的登录邮箱' })
    expect(router.state.location.pathname).toBe(`/register/${id}/account`)
  })

  it('asks a government account to tick it, with the subject type in the message', async () => {
    const { id, router } = onQualifications('government')
    const box = await screen.findByRole('checkbox', { name: '微信认证资质' })
    expect(box).toHaveAccessibleDescription(expect.stringContaining('政府主体必须勾选。'))
    await next()
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent(
      '政府主体的公众号快速注册小程序，必须勾选微信认证资质，否则平台不会通过',
    )
    expect(router.state.location.pathname).toBe(`/register/${id}/qualifications`)
  })

  it('asks an enterprise to tick it under guide: "微信认证资质是必须勾选"', async () => {
    onQualifications('enterprise', 'guide')
    const box = await screen.findByRole('checkbox', { name: '微信认证资质' })
    expect(box).toHaveAccessibleDescription(expect.stringContaining('企业主体必须勾选。'))
    await next()
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '企业主体的公众号快速注册小程序，必须勾选微信认证资质',
    )
  })
})
