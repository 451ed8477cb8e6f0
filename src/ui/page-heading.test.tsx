import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { NavigationCountContext } from './navigation-context'
import { PageHeading } from './page-heading'

describe('PageHeading', () => {
  it('is the page h1 and can be focused by script but not by Tab', () => {
    render(<PageHeading>注册向导</PageHeading>)
    const heading = screen.getByRole('heading', { level: 1, name: '注册向导' })
    expect(heading).toHaveAttribute('tabindex', '-1')
  })

  it('leaves focus alone on the first page, so the skip link comes first', () => {
    render(<PageHeading>首页</PageHeading>)
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus()
  })

  it('takes focus after a page change, and again after the next one', () => {
    const { rerender } = render(
      <NavigationCountContext value={1}>
        <PageHeading>路径判断</PageHeading>
      </NavigationCountContext>,
    )
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading).toHaveFocus()

    heading.blur()
    rerender(
      <NavigationCountContext value={2}>
        <PageHeading>路径判断</PageHeading>
      </NavigationCountContext>,
    )
    expect(heading).toHaveFocus()
  })
})
