import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setDemoModeForTests } from '../../../platform/demo-mode'
import { usePresenterStore } from '../../../storage/presenter-store'
import { useCasesStore } from '../store/cases-store'
import { renderWizard } from '../test-support'

const firstHeading = '打开微信公众平台，点击“立即注册”'

function scenarioCase(path: 'standalone' | 'reuse', scenarioId?: string) {
  return useCasesStore.getState().createCase(path, 'current', undefined, scenarioId)
}

describe('演示模式 on a wizard step', () => {
  beforeEach(() => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null })
    usePresenterStore.setState({ playing: false, recorded: {}, hints: true, rehearsal: false, pace: 5 })
    setDemoModeForTests(true)
  })
  afterEach(() => {
    setDemoModeForTests(false)
    vi.useRealTimers()
  })

  it('is not there out of demo mode', async () => {
    setDemoModeForTests(false)
    const id = scenarioCase('standalone', 'enterprise-certification')
    renderWizard(`/register/${id}/open-platform`)
    await screen.findByRole('heading', { level: 1, name: firstHeading })
    expect(screen.queryByRole('region', { name: '演示控制' })).not.toBeInTheDocument()
    expect(screen.getByLabelText('我已完成这一步')).not.toBeChecked()
  })

  it('prefills the scenario’s answer, marks it 示例, and → presses the step’s own 下一步', async () => {
    const user = userEvent.setup()
    const id = scenarioCase('standalone', 'enterprise-certification')
    renderWizard(`/register/${id}/open-platform`)
    await screen.findByRole('region', { name: '演示控制' })
    const box = await screen.findByLabelText(/我已完成这一步/)
    expect(box).toBeChecked()
    expect(screen.getByText('示例')).toBeInTheDocument()
    expect(screen.getByRole('complementary', { name: '讲解提示' })).toBeInTheDocument()
    await user.keyboard('{ArrowRight}')
    expect(await screen.findByRole('heading', { level: 1, name: '选择注册“小程序”' })).toBeInTheDocument()
    // PageUp goes back, as a clicker sends it.
    await user.keyboard('{PageUp}')
    expect(await screen.findByRole('heading', { level: 1, name: firstHeading })).toBeInTheDocument()
  })

  it('leaves the arrow keys to a field being typed in', async () => {
    const user = userEvent.setup()
    const id = scenarioCase('reuse', 'reuse-certified')
    renderWizard(`/register/${id}/subject-type`)
    await screen.findByRole('region', { name: '演示控制' })
    await user.keyboard('{ArrowRight}')
    const name = (await screen.findByLabelText(/^主体名称/)) as HTMLInputElement
    await user.click(name)
    name.setSelectionRange(0, 0)
    // The caret moves: the presenter neither took the key nor stopped it.
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(name.selectionStart).toBe(2)
    await user.keyboard('{ArrowLeft}')
    expect(name.selectionStart).toBe(1)
    await user.keyboard('{PageDown}{PageUp}')
    // Out of the field, → is the presenter's again: one step on, and only one.
    await user.click(screen.getByRole('heading', { level: 1, name: '填写主体信息' }))
    await user.keyboard('{ArrowRight}')
    expect(await screen.findByRole('heading', { level: 1, name: '公众号现在的状态' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus())
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('公众号现在的状态')
  })

  it('fills a form with fictional sample data, every label marked 示例', async () => {
    const user = userEvent.setup()
    // A registration of the trainer's own (no scenario): its first form, 主体类型, starts blank.
    const id = scenarioCase('reuse')
    renderWizard(`/register/${id}/subject-type`)
    await screen.findByRole('region', { name: '演示控制' })
    expect(screen.queryByText('示例')).not.toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '企业' })).not.toBeChecked()
    await user.click(screen.getByRole('button', { name: '填充示例数据' }))
    expect(screen.getByRole('radio', { name: '企业' })).toBeChecked()
    expect(screen.getByRole('group', { name: /示例/ })).toBeInTheDocument()
    expect(screen.getByText(/已填入示例数据/)).toBeInTheDocument()
    // The filled values pass the step's schema: 下一步 goes on.
    await user.keyboard('{ArrowRight}')
    expect(await screen.findByRole('heading', { level: 1, name: '填写主体信息' })).toBeInTheDocument()
  })

  it('自动播放 steps at the chosen pace and stops when the step stops', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    const id = scenarioCase('standalone', 'enterprise-certification')
    renderWizard(`/register/${id}/open-platform`)
    await screen.findByRole('region', { name: '演示控制' })
    await user.selectOptions(screen.getByLabelText('每步停留'), '3')
    await user.click(screen.getByRole('button', { name: '自动播放' }))
    expect(screen.getByRole('status')).toHaveTextContent('自动播放中：每 3 秒一步')
    await act(() => vi.advanceTimersByTimeAsync(3000))
    expect(await screen.findByRole('heading', { level: 1, name: '选择注册“小程序”' })).toBeInTheDocument()
    // Space pauses (focus is not on a control).
    await user.click(screen.getByRole('heading', { level: 1 }))
    await user.keyboard(' ')
    await waitFor(() => expect(usePresenterStore.getState().playing).toBe(false))
    await act(() => vi.advanceTimersByTimeAsync(6000))
    expect(screen.getByRole('heading', { level: 1, name: '选择注册“小程序”' })).toBeInTheDocument()
  })
})
