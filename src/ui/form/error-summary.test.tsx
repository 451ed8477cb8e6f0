import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ErrorSummary } from './error-summary'
import { TextField } from './text-field'

describe('ErrorSummary', () => {
  it('takes focus and links each problem to its field', async () => {
    render(
      <>
        <ErrorSummary attempt={1} errors={[{ fieldId: 'email', message: '请输入邮箱地址' }]} />
        <TextField id="email" label="邮箱" error="请输入邮箱地址" />
      </>,
    )
    const summary = screen.getByRole('alert')
    expect(summary).toHaveFocus()
    expect(summary).toHaveTextContent('有以下问题需要处理')
    await userEvent.click(screen.getByRole('link', { name: '请输入邮箱地址' }))
    expect(screen.getByLabelText('邮箱')).toHaveFocus()
  })

  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary attempt={0} errors={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('TextField', () => {
  it('labels the input and describes it by its hint and error', () => {
    render(
      <TextField
        id="mobile"
        label="管理员手机"
        hint="一个手机号码只能注册5个小程序。"
        error="手机号码应为11位"
      />,
    )
    const input = screen.getByLabelText('管理员手机')
    expect(input).toHaveAccessibleDescription('一个手机号码只能注册5个小程序。 错误：手机号码应为11位')
    expect(input).toHaveAttribute('aria-invalid', 'true')
  })
})
