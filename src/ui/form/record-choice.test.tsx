import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { RecordChoice, type RecordOption } from './record-choice'

const results: RecordOption[] = [
  { value: 'approved', label: '审核通过' },
  { value: 'sent-back', label: '平台要求补充材料' },
  {
    value: 'rejected',
    label: '审核未通过',
    confirm: { title: '确定记录“审核未通过”吗？', body: '记录后不能撤销。', action: '确定，记录审核未通过' },
  },
]

function renderChoice(options: RecordOption[] = results, recorded?: string) {
  const onRecord = vi.fn()
  const onInvalid = vi.fn()
  render(
    <RecordChoice
      id="review"
      legend="平台显示的审核结果"
      options={options}
      recorded={recorded}
      submitLabel="记录"
      submitContext="：平台显示的审核结果"
      cancelLabel="取消，不记录"
      requiredMessage="请选择平台上显示的结果"
      onRecord={onRecord}
      onInvalid={onInvalid}
    />,
  )
  return { onRecord, onInvalid, user: userEvent.setup() }
}

const recordButton = () => screen.getByRole('button', { name: '记录：平台显示的审核结果' })

describe('RecordChoice', () => {
  it('offers the results as radios in a named group, with one quiet 记录 button that is not a primary action', () => {
    renderChoice()
    const group = screen.getByRole('group', { name: '平台显示的审核结果' })
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['approved', 'sent-back', 'rejected'])
    expect(recordButton()).toHaveTextContent(/^记录/)
    expect(recordButton()).toHaveClass('button--secondary')
    expect(recordButton()).not.toHaveClass('button--primary')
  })

  it('records the chosen result', async () => {
    const { onRecord, user } = renderChoice()
    await user.click(screen.getByRole('radio', { name: '审核通过' }))
    await user.click(recordButton())
    expect(onRecord).toHaveBeenCalledExactlyOnceWith('approved')
  })

  it('says what to do when nothing is chosen, inline and to the page', async () => {
    const { onRecord, onInvalid, user } = renderChoice()
    await user.click(recordButton())
    expect(onRecord).not.toHaveBeenCalled()
    expect(onInvalid).toHaveBeenCalledWith('请选择平台上显示的结果')
    const group = screen.getByRole('group', { name: '平台显示的审核结果' })
    expect(group).toHaveAccessibleDescription('错误：请选择平台上显示的结果')
    await user.click(screen.getByRole('radio', { name: '审核通过' }))
    expect(screen.queryByText('请选择平台上显示的结果')).not.toBeInTheDocument()
  })

  it('shows what was recorded before as chosen', () => {
    renderChoice(results, 'sent-back')
    expect(screen.getByRole('radio', { name: '平台要求补充材料' })).toBeChecked()
  })

  it('is a checkbox when there is one thing to confirm', async () => {
    const { onRecord, user } = renderChoice([{ value: 'submitted', label: '我已提交认证申请' }])
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: '我已提交认证申请' }))
    await user.click(recordButton())
    expect(onRecord).toHaveBeenCalledExactlyOnceWith('submitted')
  })

  it('asks again in the page before a result that cannot be undone; cancel goes back to 记录', async () => {
    const { onRecord, user } = renderChoice()
    await user.click(screen.getByRole('radio', { name: '审核未通过' }))
    await user.click(recordButton())
    expect(onRecord).not.toHaveBeenCalled()
    const question = screen.getByRole('group', { name: '确定记录“审核未通过”吗？' })
    expect(within(question).getByText('确定记录“审核未通过”吗？')).toHaveFocus()
    expect(within(question).getByText('记录后不能撤销。')).toBeInTheDocument()
    await user.click(within(question).getByRole('button', { name: '取消，不记录' }))
    expect(screen.queryByRole('group', { name: '确定记录“审核未通过”吗？' })).not.toBeInTheDocument()
    expect(recordButton()).toHaveFocus()
    expect(onRecord).not.toHaveBeenCalled()
  })

  it('records after the second question, by keyboard; Escape cancels', async () => {
    const { onRecord, user } = renderChoice()
    await user.click(screen.getByRole('radio', { name: '审核未通过' }))
    await user.click(recordButton())
    await user.keyboard('{Escape}')
    expect(recordButton()).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByText('确定记录“审核未通过”吗？')).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: '确定，记录审核未通过' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onRecord).toHaveBeenCalledExactlyOnceWith('rejected')
  })
})
