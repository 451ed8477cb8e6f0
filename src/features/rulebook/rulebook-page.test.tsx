import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ruleIds } from '../../domain'
import { useSettingsStore } from '../../storage/settings-store'
import { RulebookPage } from './rulebook-page'

// Rendering whole pages in jsdom is slow on a busy machine: allow more than the default 5 s a test.
vi.setConfig({ testTimeout: 20_000 })

beforeEach(() => useSettingsStore.setState({ ruleSetId: 'current' }))

function open(url = '/rules') {
  const router = createMemoryRouter([{ path: '/rules', Component: RulebookPage }], { initialEntries: [url] })
  render(<RouterProvider router={router} />)
  return router
}

const rule = (name: string) => screen.getByRole('article', { name })

describe('the rule book', () => {
  it('lists every rule with its id, topic and who it applies to', () => {
    open()
    expect(screen.getAllByRole('article')).toHaveLength(ruleIds.length)
    const idCard = rule('同一身份证可绑定的小程序数量')
    expect(idCard).toHaveAttribute('id', 'ID_CARD_LIMIT')
    expect(idCard).toHaveTextContent('编号 ID_CARD_LIMIT')
    expect(idCard).toHaveTextContent('主题：数量限制')
    expect(idCard).toHaveTextContent('适用主体：所有主体')
    expect(idCard).toHaveTextContent('一个管理员身份证号码最多绑定 5 个小程序。')
  })

  it('puts the two rule sets side by side where they differ, with source and confidence', () => {
    open()
    const fee = rule('微信认证费')
    const current = within(fee).getByRole('region', { name: '现行规则（当前使用）' })
    const guide = within(fee).getByRole('region', { name: '指南原文' })
    expect(current).toHaveTextContent(
      '企业、媒体 300 元；个体工商户、个人 30–300 元（未能核实，以平台付款页面为准）；政府、其他组织 0–300 元（因单位而异，部分单位免费）',
    )
    expect(current).toHaveTextContent('来源第三方文章或官方页面转载可信度低')
    expect(guide).toHaveTextContent('企业、个体工商户、政府、媒体、其他组织、个人 300 元')
    expect(guide).toHaveTextContent('来源原指南可信度中')
  })

  it('says once where the two agree', () => {
    open()
    const idCard = rule('同一身份证可绑定的小程序数量')
    expect(within(idCard).queryByRole('region')).not.toBeInTheDocument()
    expect(idCard).toHaveTextContent('两个规则版本相同。来源：原指南。可信度高。')
  })

  it('names the steps of each path that enforce a rule, from the flow definition', () => {
    open()
    const steps = within(
      within(rule('同一身份证可绑定的小程序数量')).getByRole('list', { name: '在注册向导中' }),
    ).getAllByRole('listitem')
    expect(steps.map((s) => s.textContent)).toEqual([
      '单独注册：填写管理员信息在这一步检查，不符合时不能继续',
      '复用公众号资质快速注册：填写管理员信息在这一步检查，不符合时不能继续',
    ])
    expect(rule('AppID')).toHaveTextContent('注册向导的步骤不直接检查这条规则。')
  })

  it('follows the header’s rule set', () => {
    open()
    expect(rule('公众号每月可快速注册的小程序')).toHaveTextContent(
      '一个公众号每月最多快速注册 5 个小程序（个体工商户的公众号 1 个）',
    )
    act(() => useSettingsStore.getState().setRuleSetId('guide'))
    const monthly = rule('公众号每月可快速注册的小程序')
    expect(within(monthly).getByRole('region', { name: '指南原文（当前使用）' })).toHaveTextContent(
      '指南未提及',
    )
  })
})

describe('finding a rule', () => {
  it('filters by Chinese text as one types, and says how many are shown', async () => {
    const user = userEvent.setup()
    open()
    await user.type(screen.getByRole('searchbox', { name: '搜索规则' }), '身份证')
    const names = screen.getAllByRole('article').map((a) => a.id)
    expect(names).toEqual(['ID_CARD_LIMIT', 'REUSE_QUALIFICATIONS', 'ADMIN_NAME', 'ID_CARD_NUMBER'])
    expect(screen.getByRole('status')).toHaveTextContent(`显示 4 条规则，共 ${ruleIds.length} 条`)
  })

  it('filters by topic, and clears', async () => {
    const user = userEvent.setup()
    open()
    await user.selectOptions(screen.getByRole('combobox', { name: '主题' }), '发布')
    expect(screen.getAllByRole('article').map((a) => a.id)).toEqual([
      'CERT_BEFORE_PUBLISH',
      'ICP_FILING',
      'ICP_SMS_VERIFY',
      'PRIVACY_GUIDE',
      'CODE_REVIEW',
      'REVIEW_ONE_AT_A_TIME',
      'EXPEDITED_REVIEW',
      'CATEGORY_FILING',
    ])
    await user.type(screen.getByRole('searchbox', { name: '搜索规则' }), '邮箱')
    expect(screen.queryAllByRole('article')).toEqual([])
    expect(screen.getByText('没有找到符合条件的规则。可以换个词，或清除筛选。')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '清除筛选' }))
    expect(screen.getAllByRole('article')).toHaveLength(ruleIds.length)
  })
})

describe('deep links', () => {
  it('/rules#ID focuses that rule', () => {
    open('/rules#OA_LINK_SAME')
    expect(rule('公众号可关联的同主体小程序')).toHaveFocus()
  })

  it('a link to a rule the filter hides clears the filter and focuses the rule', async () => {
    const user = userEvent.setup()
    const router = open()
    await user.type(screen.getByRole('searchbox', { name: '搜索规则' }), '邮箱')
    await act(() => router.navigate('/rules#CERT_FEE'))
    expect(screen.getByRole('searchbox', { name: '搜索规则' })).toHaveValue('')
    expect(rule('微信认证费')).toHaveFocus()
  })
})

describe('how fresh each rule is', () => {
  it('shows 最后核实 with the date and the sources of a rule both sets agree on', () => {
    open()
    const idCard = rule('同一身份证可绑定的小程序数量')
    expect(idCard).toHaveTextContent('最后核实 2026年12月1日')
    expect(within(idCard).getByText('2026年12月1日')).toHaveAttribute('datetime', '2026-12-01')
    // The guide has no address: its title names the seed file, not as a link.
    expect(idCard).toHaveTextContent('小程序注册指南（seeds/000_4fd508cd7262458f.txt）')
    expect(within(idCard).queryByRole('link', { name: /小程序注册指南/ })).not.toBeInTheDocument()
  })

  it('links each source by its title, opening in a new tab', () => {
    open()
    const current = within(rule('快速注册后的认证结果')).getByRole('region', { name: '现行规则（当前使用）' })
    const source = within(current).getByRole('link', {
      name: '复用公众号主体快速注册小程序（registerMiniprogramByOffiaccount）（在新标签页打开）',
    })
    expect(source).toHaveAttribute(
      'href',
      'https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-registration-officalaccount/api_registerminiprogrambyoffiaccount.html',
    )
    expect(source).toHaveAttribute('target', '_blank')
    expect(source).toHaveAttribute('rel', 'noreferrer')
  })

  it('cautions where no source states the value, with the source there is, under that rule set only', () => {
    open()
    const review = rule('认证审核时间')
    expect(review).toHaveTextContent('未核实 没有找到这个数字的出处')
    const current = within(review).getByRole('region', { name: '现行规则（当前使用）' })
    expect(current).toHaveTextContent('未核实')
    expect(within(current).getByRole('link', { name: /服务商代认证及备案介绍/ })).toBeInTheDocument()
    act(() => useSettingsStore.getState().setRuleSetId('guide'))
    expect(rule('认证审核时间')).not.toHaveTextContent('没有找到这个数字的出处')
  })

  it('links a rule to the platform changes that touched it, and the rule book to 变更记录', () => {
    open()
    expect(
      within(rule('快速注册后的认证结果')).getByRole('link', {
        name: '2023年12月25日：快速注册的小程序默认未认证',
      }),
    ).toHaveAttribute('href', '/rules/changes#reuseUncertified')
    expect(within(rule('同一身份证可绑定的小程序数量')).queryByText('相关变更')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^变更记录/ })).toHaveAttribute('href', '/rules/changes')
  })

  it('can show only the unverified rules of the active rule set', async () => {
    const user = userEvent.setup()
    open()
    await user.click(screen.getByRole('checkbox', { name: '只看未核实的规则' }))
    expect(screen.getAllByRole('article').map((a) => a.id)).toEqual([
      'MP_LINK_MONTHLY',
      'CERT_BEFORE_NAME',
      'CERT_REVIEW_TIME',
      'TRANSFER_VERIFY',
      'SMS_CODE',
    ])
  })
})
