import { render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { NavigationCountContext } from './navigation-context'
import { PageHeading } from './page-heading'

function At({ url = '/', count, children }: { url?: string; count?: number; children: ReactNode }) {
  return (
    <MemoryRouter initialEntries={[url]}>
      {count === undefined ? (
        children
      ) : (
        <NavigationCountContext value={count}>{children}</NavigationCountContext>
      )}
    </MemoryRouter>
  )
}

describe('PageHeading', () => {
  it('is the page h1 and can be focused by script but not by Tab', () => {
    render(
      <At>
        <PageHeading>注册向导</PageHeading>
      </At>,
    )
    const heading = screen.getByRole('heading', { level: 1, name: '注册向导' })
    expect(heading).toHaveAttribute('tabindex', '-1')
  })

  it('leaves focus alone on the first page, so the skip link comes first', () => {
    render(
      <At>
        <PageHeading>首页</PageHeading>
      </At>,
    )
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus()
  })

  it('takes focus after a page change, and again after the next one', () => {
    const { rerender } = render(
      <At count={1}>
        <PageHeading>路径判断</PageHeading>
      </At>,
    )
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading).toHaveFocus()

    heading.blur()
    rerender(
      <At count={2}>
        <PageHeading>路径判断</PageHeading>
      </At>,
    )
    expect(heading).toHaveFocus()
  })

  it('leaves focus to the element a deep link names, whichever focuses first', () => {
    const page = (count: number) => (
      <At url="/rules#CERT_FEE" count={count}>
        <article id="CERT_FEE" tabIndex={-1} aria-label="微信认证费" />
        <PageHeading>规则手册</PageHeading>
      </At>
    )
    const { rerender } = render(page(1))
    const rule = screen.getByRole('article', { name: '微信认证费' })
    rule.focus()
    // A later page change's heading (a second commit, as when the page settles late) does not take it back.
    rerender(page(2))
    expect(rule).toHaveFocus()
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus()
  })

  it('takes focus when the hash names nothing on the page', () => {
    render(
      <At url="/rules#NO_SUCH_RULE" count={1}>
        <PageHeading>规则手册</PageHeading>
      </At>,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
  })
})
