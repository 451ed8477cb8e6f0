import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { caseKey, wizardCaseBase } from '../../storage/wizard-cases'
import { useCasesStore } from './store/cases-store'
import { renderWizard } from './test-support'

// Two tabs of one browser on the same registration. Each save is checked against the revision this tab last
// saw: a save on top of the other tab's is refused and the user is told; the other tab's saves are taken in.

beforeEach(() => {
  localStorage.clear()
  useCasesStore.setState({ cases: {}, problem: null, otherTab: null })
})

const key = (id: string) => caseKey(wizardCaseBase, id)

/** What the other tab does: moves the saved registration on to its next step, as that tab's store would. */
function otherTabSaves(id: string, current: string) {
  const stored = JSON.parse(localStorage.getItem(key(id))!) as {
    version: number
    revision: number
    case: { flow: { current: string; completed: string[] } }
  }
  stored.revision += 1
  stored.case.flow = { ...stored.case.flow, current, completed: ['open-platform'] }
  const raw = JSON.stringify(stored)
  localStorage.setItem(key(id), raw)
  return raw
}

it('never saves over the other tab’s later save: says so, and loads the other tab’s progress on request', async () => {
  const user = userEvent.setup()
  const id = useCasesStore.getState().createCase('standalone', 'current')
  renderWizard(`/register/${id}/open-platform`)
  await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' })

  // The other tab saved before this one heard of it (no storage event yet).
  const theirs = otherTabSaves(id, 'choose-mini-program')
  await user.click(screen.getByLabelText('我已完成这一步'))

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('这次注册已在另一个标签页中修改，刚才的修改没有保存')
  expect(localStorage.getItem(key(id))).toBe(theirs)

  await user.click(screen.getByRole('button', { name: '载入最新的内容' }))
  expect(await screen.findByRole('heading', { level: 1, name: '选择注册“小程序”' })).toBeInTheDocument()
  expect(screen.queryByRole('alert')).toBeNull()
  expect(useCasesStore.getState().cases[id]!.flow.current).toBe('choose-mini-program')

  // From here on this tab saves on top of what it loaded.
  await user.click(screen.getByLabelText('我已完成这一步'))
  await user.click(screen.getByRole('button', { name: '下一步' }))
  await screen.findByRole('heading', { level: 1, name: '准备小程序的登录邮箱' })
  expect(JSON.parse(localStorage.getItem(key(id))!).case.flow.current).toBe('account')
})

it('takes in the other tab’s save as it happens, says so, and links to the step it is on', async () => {
  const user = userEvent.setup()
  const id = useCasesStore.getState().createCase('standalone', 'current')
  renderWizard(`/register/${id}/open-platform`)
  await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' })

  const raw = otherTabSaves(id, 'choose-mini-program')
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: key(id), newValue: raw }))
  })
  const status = await screen.findByRole('status')
  expect(status).toHaveTextContent('这次注册刚在另一个标签页中保存了新的进度')
  await waitFor(() => expect(useCasesStore.getState().cases[id]!.flow.current).toBe('choose-mini-program'))

  // A change here now goes on top of the other tab's save: no conflict.
  await user.click(screen.getByLabelText('我已完成这一步'))
  expect(screen.queryByRole('alert')).toBeNull()

  await user.click(screen.getByRole('link', { name: '转到最新的一步' }))
  expect(await screen.findByRole('heading', { level: 1, name: '选择注册“小程序”' })).toBeInTheDocument()
  expect(screen.queryByRole('status')).toBeNull()
})

it('after a conflict on the same step, shows what the other tab saved in the form, not what was typed here', async () => {
  const user = userEvent.setup()
  const id = useCasesStore.getState().createCase('standalone', 'current')
  renderWizard(`/register/${id}/open-platform`)
  await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' })

  // The other tab saved the same step without ticking it; this tab ticks it, which cannot be saved.
  const stored = JSON.parse(localStorage.getItem(key(id))!) as { revision: number }
  localStorage.setItem(key(id), JSON.stringify({ ...stored, revision: stored.revision + 1 }))
  await user.click(screen.getByLabelText('我已完成这一步'))
  expect(await screen.findByRole('alert')).toHaveTextContent('刚才的修改没有保存')
  expect(screen.getByLabelText('我已完成这一步')).toBeChecked()

  await user.click(screen.getByRole('button', { name: '载入最新的内容' }))
  await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' })
  await waitFor(() => expect(screen.getByLabelText('我已完成这一步')).not.toBeChecked())
  expect(screen.queryByRole('alert')).toBeNull()
})
