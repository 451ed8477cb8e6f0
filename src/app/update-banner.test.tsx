import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import { registerServiceWorker, resetAppUpdateForTests } from '../platform/app-update'
import { UpdateBanner } from './update-banner'

afterEach(() => resetAppUpdateForTests())

it('says a new version waits, and switches to it only when 刷新 is pressed', async () => {
  const waiting = { postMessage: vi.fn() }
  const registration = { waiting, update: vi.fn(), addEventListener: vi.fn() }
  const container = {
    controller: {},
    register: vi.fn(async () => registration),
    getRegistration: vi.fn(async () => registration),
    addEventListener: vi.fn(),
  } as unknown as ServiceWorkerContainer
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: container })
  render(<UpdateBanner />)
  expect(screen.queryByRole('button', { name: '刷新' })).toBeNull()
  await act(() => registerServiceWorker(container))
  expect(screen.getByText('有新版本，刷新后使用。已经保存的注册进度和台账不受影响。')).toBeInTheDocument()
  expect(waiting.postMessage).not.toHaveBeenCalled()
  await userEvent.setup().click(screen.getByRole('button', { name: '刷新' }))
  expect(waiting.postMessage).toHaveBeenCalledWith('skip-waiting')
  expect(screen.getByRole('button', { name: '刷新' })).toBeDisabled()
  vi.unstubAllGlobals()
})
