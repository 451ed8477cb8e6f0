import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { caseKey, wizardCaseBase } from '../../storage/wizard-cases'
import { useCasesStore } from './store/cases-store'
import { renderWizard } from './test-support'

// The browser's storage fills up while a step is saved: the user is told on the step itself, nothing already
// saved is lost, and the wizard goes on working in the page.
beforeEach(() => {
  localStorage.clear()
  useCasesStore.setState({ cases: {}, problem: null })
})
afterEach(() => vi.restoreAllMocks())

it('says the change was not saved when storage is full, and keeps what was saved before', async () => {
  const user = userEvent.setup()
  const id = useCasesStore.getState().createCase('standalone', 'current')
  const saved = localStorage.getItem(caseKey(wizardCaseBase, id))
  expect(saved).toContain(id)
  renderWizard(`/register/${id}/open-platform`)
  await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' })

  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })
  await user.click(screen.getByLabelText('我已完成这一步'))
  await user.click(screen.getByRole('button', { name: '下一步' }))

  expect(await screen.findByRole('heading', { level: 1, name: '选择注册“小程序”' })).toBeInTheDocument()
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('浏览器的存储空间已满，刚才的修改没有保存')
  expect(alert).toHaveTextContent('之前保存的注册进度都还在')
  expect(setItem).toHaveBeenCalled()
  // What was saved before the storage filled up is still there, untouched.
  expect(localStorage.getItem(caseKey(wizardCaseBase, id))).toBe(saved)

  setItem.mockRestore()
  await user.click(screen.getByRole('button', { name: '知道了' }))
  expect(screen.queryByRole('alert')).toBeNull()
})
