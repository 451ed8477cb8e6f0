import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { usePageTitle } from './use-page-title'

function Page({ title }: { title: string }) {
  usePageTitle(title)
  return null
}

describe('usePageTitle', () => {
  it('names the page first, then the app', () => {
    const { rerender } = render(<Page title="规则手册" />)
    expect(document.title).toBe('规则手册 - 小程序注册向导')
    rerender(<Page title="台账" />)
    expect(document.title).toBe('台账 - 小程序注册向导')
  })
})
