import { render, screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { ChangesPage } from './changes-page'

vi.setConfig({ testTimeout: 20_000 })

function open(url = '/rules/changes') {
  const router = createMemoryRouter([{ path: '/rules/changes', Component: ChangesPage }], {
    initialEntries: [url],
  })
  render(<RouterProvider router={router} />)
}

describe('变更记录', () => {
  it('has one h1 and lists the changes newest first, undated ones last', () => {
    open()
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['变更记录'])
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '服务商快速注册接口只接受统一社会信用代码',
      '快速注册的小程序默认未认证',
      '小程序上架前必须备案',
      '公众号每月新增关联改为合计计算，快速注册的不计入',
      '公众号（原订阅号）和服务号分为两种产品',
    ])
    expect(document.title).toBe('变更记录 - 小程序注册向导')
  })

  it('says when, what changed, what the app does, the rules it touched and the sources', () => {
    open()
    const change = screen.getByRole('article', { name: '快速注册的小程序默认未认证' })
    expect(within(change).getByText('2023年12月25日')).toHaveAttribute('datetime', '2023-12-25')
    expect(change).toHaveTextContent('未认证的小程序可以发布上架，但不能被搜索和分享')
    expect(within(change).getByRole('heading', { name: '本工具的做法' })).toBeInTheDocument()
    expect(
      within(change).getByRole('link', { name: '快速注册后的认证结果 （REUSE_CERT_OUTCOME）' }),
    ).toHaveAttribute('href', '/rules#REUSE_CERT_OUTCOME')
    expect(within(change).getByRole('link', { name: '微信认证费 （CERT_FEE）' })).toHaveAttribute(
      'href',
      '/rules#CERT_FEE',
    )
    const source = within(change).getByRole('link', { name: /registerMiniprogramByOffiaccount/ })
    expect(source).toHaveAttribute('target', '_blank')
    expect(source).toHaveAttribute('rel', 'noreferrer')
  })

  it('says so where no source dates a change, without a date', () => {
    open()
    const change = screen.getByRole('article', { name: '公众号（原订阅号）和服务号分为两种产品' })
    expect(change).toHaveTextContent('生效日期未核实')
    expect(change.querySelector('time')).toBeNull()
  })

  it('focuses the change a link names', () => {
    open('/rules/changes#icpFiling')
    expect(screen.getByRole('article', { name: '小程序上架前必须备案' })).toHaveFocus()
  })
})
