import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useSettingsStore } from '../../storage/settings-store'
import { openAdvisor, queryOf } from './test-render'

// Rendering whole pages in jsdom is slow on a busy machine: allow more than the default 5 s a test.
vi.setConfig({ testTimeout: 20_000 })

vi.mock('../../platform/clock', () => ({ todayInChina: () => '2025-03-14' }))

beforeEach(() => {
  localStorage.clear()
  useSettingsStore.setState({ ruleSetId: 'current' })
})

describe('the questionnaire by keyboard', () => {
  it('goes from empty to the answer with Tab, arrows, Space and Enter, the link following along', async () => {
    const user = userEvent.setup()
    const router = await openAdvisor()

    await user.tab()
    expect(screen.getByRole('radio', { name: '企业' })).toHaveFocus()
    await user.keyboard(' ')
    expect(screen.getByRole('radio', { name: '企业' })).toBeChecked()

    await user.tab() // past 企业's group to 这个主体已经有几个小程序？ (left blank: unknown)
    expect(screen.getByLabelText('这个主体已经有几个小程序？')).toHaveFocus()
    await user.tab()
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(screen.getByRole('radio', { name: '有，是服务号' })).toBeChecked()

    await user.tab()
    await user.keyboard(' ') // 已认证
    await user.tab()
    await user.keyboard(' ') // 同一个主体：是
    expect(screen.getByRole('radio', { name: '已认证' })).toBeChecked()
    expect(screen.getByRole('radio', { name: '是' })).toBeChecked()

    const wanted = screen.getByLabelText('打算注册几个小程序？')
    while (document.activeElement !== wanted) await user.tab()
    await user.keyboard('{Control>}a{/Control}3')
    // Typing keeps focus in the box although the page's link changes with every key.
    expect(wanted).toHaveFocus()
    expect(queryOf(router)).toMatchObject({ subject: 'enterprise', oa: 'service', certified: '1', n: '3' })

    await user.keyboard('{Enter}')
    expect(screen.getByRole('heading', { level: 2, name: '答复' })).toHaveFocus()
    // Under current (the default) reuse costs what standalone does (REUSE_CERT_OUTCOME): the tie goes standalone.
    expect(screen.getByText('建议走“单独注册”。')).toBeInTheDocument()
    expect(queryOf(router)).toEqual({
      subject: 'enterprise',
      oa: 'service',
      certified: '1',
      same: '1',
      n: '3',
      rs: 'current',
    })
  })

  it('lists what is missing above the heading, takes focus, and links each problem to its question', async () => {
    const user = userEvent.setup()
    await openAdvisor()
    await user.click(screen.getByRole('button', { name: '查看答复' }))

    const summary = screen.getByRole('alert')
    expect(summary).toHaveFocus()
    expect(document.title).toBe('错误：路径判断 - 小程序注册向导')
    const links = within(summary).getAllByRole('link')
    expect(links.map((l) => l.textContent)).toEqual(['请选择主体类型', '请选择这个主体有没有公众号'])
    expect(screen.queryByRole('heading', { name: '答复' })).not.toBeInTheDocument()

    await user.click(links[0]!)
    expect(screen.getByRole('radio', { name: '企业' })).toHaveFocus()
    expect(screen.getByRole('group', { name: '主体类型' })).toHaveAccessibleDescription(
      expect.stringContaining('请选择主体类型'),
    )
  })

  it('drops the errors once everything is answered, and shows the answer', async () => {
    const user = userEvent.setup()
    await openAdvisor()
    await user.click(screen.getByRole('button', { name: '查看答复' }))
    await user.click(screen.getByRole('radio', { name: '个人' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(document.title).toBe('路径判断 - 小程序注册向导')
    expect(screen.getByText('建议走“单独注册”。')).toBeInTheDocument()
  })

  it('asks an individual nothing about an official account', async () => {
    const user = userEvent.setup()
    await openAdvisor()
    await user.click(screen.getByRole('radio', { name: '个人' }))
    expect(screen.queryByRole('group', { name: '这个主体有公众号吗？' })).not.toBeInTheDocument()
    expect(screen.getByText('个人主体不能复用公众号资质，所以不用回答公众号的问题。')).toBeInTheDocument()
  })

  it('清空重填 empties the answers and the link, and returns to the first question', async () => {
    const user = userEvent.setup()
    const router = await openAdvisor('/advisor?subject=media&oa=none&n=2&rs=current')
    expect(screen.getByRole('heading', { name: '答复' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '清空重填' }))
    expect(screen.getByRole('radio', { name: '企业' })).toHaveFocus()
    expect(screen.getByRole('radio', { name: '媒体' })).not.toBeChecked()
    expect(screen.queryByRole('heading', { name: '答复' })).not.toBeInTheDocument()
    expect(router.state.location.search).toBe('')
  })
})

describe('the link', () => {
  it('answers at once when opened, with nothing to type', async () => {
    await openAdvisor('/advisor?subject=enterprise&oa=none&n=2&rs=current')
    expect(screen.getByRole('radio', { name: '没有公众号' })).toBeChecked()
    expect(screen.getByText('建议走“单独注册”。')).toBeInTheDocument()
  })

  it('offers a shortcut past the questions to the answer (for phones, where the answer comes below)', async () => {
    const user = userEvent.setup()
    await openAdvisor('/advisor?subject=enterprise&oa=none&n=2&rs=current')
    await user.click(screen.getByRole('link', { name: '跳到答复' }))
    expect(screen.getByRole('heading', { level: 2, name: '答复' })).toHaveFocus()
  })

  it('says calmly what it could not read, and uses the default for it', async () => {
    const router = await openAdvisor('/advisor?subject=robot&oa=none&n=abc&rs=2019')
    const notice = screen.getByRole('region', { name: '链接中有些回答无法识别' })
    expect(notice).toHaveTextContent('这些问题已改用默认回答：主体类型、打算注册几个小程序？、规则版本。')
    expect(screen.getByLabelText('打算注册几个小程序？')).toHaveValue('1')
    expect(screen.getByRole('radio', { name: '没有公众号' })).toBeChecked()
    expect(queryOf(router)).toEqual({ oa: 'none', n: '1', rs: 'current' })
  })

  it('switches the remembered rule set to the one it was made under, and says so', async () => {
    await openAdvisor('/advisor?subject=individual&n=1&rs=guide')
    expect(useSettingsStore.getState().ruleSetId).toBe('guide')
    expect(screen.getByRole('region', { name: '已按链接切换规则版本' })).toHaveTextContent('指南原文')
    expect(screen.getByText('单独注册的每个小程序都要申请微信认证，认证费每个 300 元。')).toBeInTheDocument()
  })

  it('follows the header’s 规则版本: the answer and the link change with it', async () => {
    const router = await openAdvisor('/advisor?subject=individual&n=1&rs=current')
    expect(
      screen.getByText(
        '单独注册的每个小程序都要申请微信认证，认证费每个 30–300 元（未能核实，以平台付款页面为准）。',
      ),
    ).toBeInTheDocument()
    act(() => useSettingsStore.getState().setRuleSetId('guide'))
    expect(screen.getByText('单独注册的每个小程序都要申请微信认证，认证费每个 300 元。')).toBeInTheDocument()
    expect(queryOf(router).rs).toBe('guide')
  })
})
