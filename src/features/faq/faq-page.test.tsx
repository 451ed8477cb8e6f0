import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useSettingsStore } from '../../storage/settings-store'
import { questions, refusals } from './faq-entries'
import { FaqPage } from './faq-page'

// Rendering whole pages in jsdom is slow on a busy machine: allow more than the default 5 s a test.
vi.setConfig({ testTimeout: 20_000 })

vi.mock('../../platform/clock', () => ({ todayInChina: () => '2025-03-14' }))

beforeEach(() => useSettingsStore.setState({ ruleSetId: 'current' }))

function open(url = '/faq') {
  const router = createMemoryRouter([{ path: '/faq', Component: FaqPage }], { initialEntries: [url] })
  render(<RouterProvider router={router} />)
  return router
}

const article = (name: string | RegExp) => screen.getByRole('article', { name })
const search = () => screen.getByRole('searchbox', { name: '搜索问题，或粘贴平台的提示' })

describe('the FAQ', () => {
  it('has every question and every refusal message, each a deep-link target', () => {
    open()
    expect(screen.getAllByRole('article')).toHaveLength(questions.length + refusals.length)
    const contents = screen.getByRole('navigation', { name: '问题列表' })
    expect(within(contents).getAllByRole('link')).toHaveLength(questions.length)
    expect(within(contents).getByRole('link', { name: '小程序的管理后台在哪里登录？' })).toHaveAttribute(
      'href',
      '/faq#login',
    )
  })

  it('links each answer to its rules in the rule book', () => {
    open()
    const answer = article('“小程序已完成注册，认证未成功”是什么意思？怎么办？')
    const links = within(answer).getAllByRole('link', { name: /^规则 / })
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/rules#REUSE_CERT_OUTCOME',
      '/rules#CERT_FEE',
      '/rules#CERT_REVIEW_TIME',
    ])
  })

  it('quotes figures from the active rule set', () => {
    open()
    const individual = article('个人可以复用公众号资质注册小程序吗？')
    expect(individual).toHaveTextContent('个人请单独注册，认证费 30–300 元（未能核实，以平台付款页面为准）。')
    act(() => useSettingsStore.getState().setRuleSetId('guide'))
    expect(article('个人可以复用公众号资质注册小程序吗？')).toHaveTextContent(
      '个人请单独注册，认证费 300 元。',
    )
    expect(article('一个主体最多能注册多少个小程序？')).toHaveTextContent(
      '企业、政府、媒体和其他组织主体最多 50 个，个体工商户和个人主体最多 5 个',
    )
  })

  it('says when a monthly quota starts again', () => {
    open()
    const monthly = screen.getByRole('article', { name: /本月快速注册次数已达上限/ })
    expect(monthly).toHaveTextContent('2025年4月1日起恢复；急用的话改为单独注册。')
  })
})

describe('searching', () => {
  it('matches a Chinese substring in questions and refusal messages, and counts what it found', async () => {
    const user = userEvent.setup()
    open()
    await user.type(search(), '认证未成功')
    const found = screen.getAllByRole('article').map((a) => a.id)
    expect(found).toEqual(['msg-cert-failed', 'cert-failed'])
    expect(screen.getByRole('status')).toHaveTextContent('找到 1 条平台提示、1 个问题')
  })

  it('finds the refusal from the whole message pasted from the platform', async () => {
    const user = userEvent.setup()
    open()
    await user.click(search())
    await user.paste('提示：该邮箱已被占用，请更换其他邮箱。')
    const found = screen.getAllByRole('article')
    expect(found[0]).toHaveAttribute('id', 'msg-email-taken')
    expect(found[0]).toHaveTextContent('换一个从未注册、也没有绑定个人微信的新邮箱')
  })

  it('says so when nothing matches, and clears', async () => {
    const user = userEvent.setup()
    open()
    await user.type(search(), '区块链')
    expect(screen.queryAllByRole('article')).toEqual([])
    expect(screen.getByRole('status')).toHaveTextContent('没有找到相关内容。')
    await user.click(screen.getByRole('button', { name: '清除搜索' }))
    expect(screen.getAllByRole('article')).toHaveLength(questions.length + refusals.length)
  })
})

describe('deep links', () => {
  it('/faq#id focuses that question', () => {
    open('/faq#associate')
    expect(article('怎么把已有的小程序关联到公众号？')).toHaveFocus()
  })

  it('a link to a question the search hides clears the search first', async () => {
    const user = userEvent.setup()
    const router = open()
    await user.type(search(), '身份证')
    expect(screen.queryByRole('article', { name: /待完成注册/ })).not.toBeInTheDocument()
    await act(() => router.navigate('/faq#pending'))
    expect(search()).toHaveValue('')
    expect(article('什么是“待完成注册”？为什么不能再快速注册？')).toHaveFocus()
  })
})
