import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Breakable, StackedTable } from './stacked-table'

describe('a stacked table', () => {
  it('is a table of rows with a header cell each, every cell labelled with its column', () => {
    render(
      <StackedTable
        columns={['小程序', '状态', '登录邮箱']}
        rows={[
          { key: 'm1', cells: ['示例商城', '已注册', <Breakable key="e" text="shop.cn@example.com" />] },
        ]}
      />,
    )
    const table = screen.getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['小程序', '状态', '登录邮箱'])
    const row = within(table).getAllByRole('row')[1]!
    expect(within(row).getByRole('rowheader')).toHaveTextContent('示例商城')
    const cells = within(row).getAllByRole('cell')
    expect(cells.map((cell) => cell.dataset.label)).toEqual(['状态', '登录邮箱'])
    expect(cells[1]).toHaveTextContent('shop.cn@example.com')
  })
})

describe('an email address', () => {
  it('may wrap only before its "@" and each ".", never inside a word', () => {
    const { container } = render(<Breakable text="customer.service@example.com" />)
    const parts = [...container.querySelectorAll('span')].map((span) => span.textContent)
    expect(parts).toEqual(['customer', '.service', '@example', '.com'])
    expect(container.querySelectorAll('wbr')).toHaveLength(3)
    expect(container).toHaveTextContent(/^customer\.service@example\.com$/)
  })

  it('keeps a short part whole, and lets a very long one wrap inside', () => {
    const { container } = render(<Breakable text="averyveryverylonglocalpart@example-company.cn" />)
    const whole = [...container.querySelectorAll('span')].map((span) => span.textContent)
    expect(whole).toEqual(['@example-company', '.cn'])
    expect(container).toHaveTextContent(/^averyveryverylonglocalpart@example-company\.cn$/)
  })

  it('other text is left as it is', () => {
    const { container } = render(<Breakable text="深圳市示例科技有限公司 v1.2" />)
    expect(container.innerHTML).toBe('深圳市示例科技有限公司 v1.2')
  })
})
