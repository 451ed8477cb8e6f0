import { render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RouteAnnouncer } from './route-announcer'

// The announcer waits 100 ms (ANNOUNCE_DELAY_MS) before reading document.title: fake timers step over it.
describe('RouteAnnouncer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('says nothing on the first page', () => {
    document.title = '首页 - 小程序注册向导'
    render(<RouteAnnouncer navigationCount={0} />)
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(1_000)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('politely announces the new title after a page change, once the title has had time to change', () => {
    document.title = '旧页面 - 小程序注册向导'
    render(<RouteAnnouncer navigationCount={1} />)
    const region = screen.getByRole('status')
    expect(region).toHaveAttribute('aria-live', 'polite')
    expect(region).toHaveAttribute('aria-atomic', 'true')
    // The new page sets its title after the navigation: the announcer must read it then, not now.
    document.title = '台账 - 小程序注册向导'
    vi.advanceTimersByTime(99)
    expect(region).toBeEmptyDOMElement()
    vi.advanceTimersByTime(1)
    expect(region).toHaveTextContent('已打开页面：台账 - 小程序注册向导')
  })

  it('announces only the last of several quick page changes', () => {
    document.title = '规则 - 小程序注册向导'
    const { rerender } = render(<RouteAnnouncer navigationCount={1} />)
    const region = screen.getByRole('status')
    vi.advanceTimersByTime(50)
    document.title = '常见问题 - 小程序注册向导'
    rerender(<RouteAnnouncer navigationCount={2} />)
    // The first change's timer was cleared: 50 ms more is its deadline, and nothing is said.
    vi.advanceTimersByTime(50)
    expect(region).toBeEmptyDOMElement()
    vi.advanceTimersByTime(50)
    expect(region).toHaveTextContent('已打开页面：常见问题 - 小程序注册向导')
  })

  it('leaves no timer behind when it unmounts before announcing', () => {
    const { unmount } = render(<RouteAnnouncer navigationCount={3} />)
    expect(vi.getTimerCount()).toBe(1)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
