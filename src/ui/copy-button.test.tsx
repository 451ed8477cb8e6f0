import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CopyButton } from './copy-button'

const props = {
  id: 'copy-link',
  label: '复制链接',
  copied: '已复制链接',
  failed: '无法自动复制',
  manualLabel: '请手动复制',
  text: () => 'https://example.test/advisor?n=2',
}

describe('CopyButton', () => {
  it('copies the text and says so in a live region', async () => {
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    render(<CopyButton {...props} />)
    await user.click(screen.getByRole('button', { name: '复制链接' }))
    expect(writeText).toHaveBeenCalledWith('https://example.test/advisor?n=2')
    expect(await navigator.clipboard.readText()).toBe('https://example.test/advisor?n=2')
    expect(screen.getByRole('status')).toHaveTextContent('已复制链接')
  })

  it('offers the text to copy by hand when the browser refuses', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    render(<CopyButton {...props} />)
    await user.click(screen.getByRole('button', { name: '复制链接' }))
    expect(screen.getByRole('status')).toHaveTextContent('无法自动复制')
    const box = screen.getByLabelText('请手动复制')
    expect(box).toHaveValue('https://example.test/advisor?n=2')
    expect(box).toHaveFocus()
  })
})
