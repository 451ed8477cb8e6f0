import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { flowGraph, ruleSets, type StepId } from '../../domain'
import { FlowMap, type FlowMapProps } from './flow-map'

// The text version is what a screen reader gets (the drawing is aria-hidden): it must say all the map says.

function show(props: Partial<FlowMapProps> & Pick<FlowMapProps, 'graph'>) {
  return render(
    <MemoryRouter>
      <FlowMap {...props} />
    </MemoryRouter>,
  )
}

describe('FlowMap', () => {
  it('names every step of 单独注册 and every branch with its condition in the text version', () => {
    show({ graph: flowGraph('standalone', ruleSets.current) })
    const text = within(screen.getByRole('heading', { name: '文字版：单独注册' }).closest('section')!)
    for (const title of [
      '打开微信公众平台，点击“立即注册”',
      '选择注册“小程序”',
      '准备小程序的登录邮箱',
      '打开激活邮件，点击激活链接',
      '主体是什么类型？',
      '填写主体信息',
      '选择主体验证方式',
      '填写管理员信息',
      '在平台上完成短信验证和扫码',
      '确认主体信息',
      '完成微信认证',
      '完成小额打款验证',
      '填写小程序信息',
      '核对你的回答',
      '注册信息已记录',
    ])
      expect(text.getAllByText(title, { selector: '.flow-list__title' })).toHaveLength(1)
    expect(text.getByText('仅当：主体是组织')).toBeInTheDocument()
    expect(text.getByText('若主体是组织：填写主体信息')).toBeInTheDocument()
    expect(text.getByText('若选择小额打款：完成小额打款验证')).toBeInTheDocument()
    expect(
      text.getByText('若不满足“主体是组织”“可以选择验证方式（组织且规则提供小额打款）”：填写管理员信息'),
    ).toBeInTheDocument()
    expect(text.getByText('流程到此结束')).toBeInTheDocument()
  })

  it('says 公众号未认证 on 复用 and groups the steps under their phases', () => {
    show({ graph: flowGraph('reuse', ruleSets.current) })
    const text = within(
      screen.getByRole('heading', { name: '文字版：复用公众号资质快速注册' }).closest('section')!,
    )
    expect(text.getByText('若公众号未认证：先完成公众号的微信认证')).toBeInTheDocument()
    expect(text.getByText('若不满足“公众号未认证”：在公众号中开通小程序')).toBeInTheDocument()
    expect(text.getByText('公众号的主体是什么类型？')).toBeInTheDocument()
    const phase = text.getByText('阶段：公众号').closest('li')!
    expect(
      within(phase)
        .getAllByRole('listitem')
        .filter((li) => li.className.includes('step')),
    ).toHaveLength(5)
  })

  it('announces the current step and marks the done ones', () => {
    const done: StepId[] = ['open-platform', 'choose-mini-program']
    show({ graph: flowGraph('standalone', ruleSets.current), current: 'account', done })
    const current = screen.getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step')
    expect(current).toHaveTextContent('准备小程序的登录邮箱（▶ 当前步骤）')
    expect(screen.getAllByText('（✓ 已完成）')).toHaveLength(2)
  })

  it('links each quota guard to its rule in the rule book', () => {
    show({ graph: flowGraph('standalone', ruleSets.current) })
    const links = screen.getAllByRole('link', { name: /^检查：/ })
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/rules#EMAIL_UNIQUE',
      '/rules#SUBJECT_TOTAL',
      '/rules#ID_CARD_LIMIT',
      '/rules#PHONE_LIMIT',
    ])
    expect(screen.getByRole('link', { name: '检查：同一身份证可绑定的小程序数量' })).toHaveAttribute(
      'href',
      '/rules#ID_CARD_LIMIT',
    )
  })

  it('says which steps the guide rule set never reaches', () => {
    show({ graph: flowGraph('standalone', ruleSets.guide) })
    expect(screen.getAllByText('（按当前规则版本不会出现）')).toHaveLength(2)
  })

  it('offers a jump only where canJump allows, and 打印 when printable', async () => {
    const user = userEvent.setup()
    const onJump = vi.fn()
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    show({
      graph: flowGraph('reuse', ruleSets.current),
      onJump,
      canJump: (step) => step === 'oa-status',
      printable: true,
    })
    expect(screen.getAllByRole('button', { name: /^跳到/ })).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: '跳到“公众号现在的状态”' }))
    expect(onJump).toHaveBeenCalledWith('oa-status')
    await user.click(screen.getByRole('button', { name: '打印' }))
    expect(print).toHaveBeenCalled()
  })

  it('draws every step once, in its own region that can scroll sideways', () => {
    const { container } = show({ graph: flowGraph('standalone', ruleSets.current) })
    expect(screen.getByRole('region', { name: '单独注册流程图（图形，可横向滚动）' })).toHaveAttribute(
      'tabindex',
      '0',
    )
    const drawn = [...container.querySelectorAll('[data-step]')].map((g) => g.getAttribute('data-step'))
    expect(drawn).toEqual(flowGraph('standalone', ruleSets.current).nodes.map((n) => n.step))
    // Nothing is done yet: the confirmation step (kind "done") is not drawn as a done step.
    expect(container.querySelectorAll('.flow-map__node--done')).toHaveLength(0)
  })
})
