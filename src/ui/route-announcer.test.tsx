import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RouteAnnouncer } from './route-announcer'

describe('RouteAnnouncer', () => {
  it('says nothing on the first page', async () => {
    document.title = '首页 - 小程序注册向导'
    render(<RouteAnnouncer navigationCount={0} />)
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('politely announces the new title after a page change', async () => {
    document.title = '台账 - 小程序注册向导'
    render(<RouteAnnouncer navigationCount={1} />)
    const region = screen.getByRole('status')
    expect(region).toHaveAttribute('aria-live', 'polite')
    await waitFor(() => expect(region).toHaveTextContent('已打开页面：台账 - 小程序注册向导'))
  })
})
