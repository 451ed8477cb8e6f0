import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { Button, ButtonLink } from './button'

describe('Button', () => {
  it('never submits a form unless asked to', async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault())
    const onClick = vi.fn()
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Button onClick={onClick}>检查</Button>
      </form>,
    )
    await userEvent.click(screen.getByRole('button', { name: '检查' }))
    expect(onClick).toHaveBeenCalledOnce()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('submits when it is the submit button', async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault())
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Button type="submit">提交</Button>
      </form>,
    )
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(onSubmit).toHaveBeenCalledOnce()
  })
})

describe('ButtonLink', () => {
  it('is a link (it goes somewhere) that looks like a button', () => {
    render(
      <MemoryRouter>
        <ButtonLink to="/register/new?path=reuse">开始</ButtonLink>
      </MemoryRouter>,
    )
    const link = screen.getByRole('link', { name: '开始' })
    expect(link).toHaveAttribute('href', '/register/new?path=reuse')
    expect(link).toHaveClass('button', 'button--primary')
  })
})
