import '../../storage/ledger/test-support'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, expect, it, vi } from 'vitest'
import { ledgerDb } from '../../storage/ledger'
import { LedgerPage } from './ledger-page'

vi.setConfig({ testTimeout: 20_000 })
afterEach(() => vi.restoreAllMocks())

it('says a record was not saved when the browser’s storage is full, and keeps the ledger as it was', async () => {
  const user = userEvent.setup()
  const db = ledgerDb()
  await db.clients.put({
    id: 'c1',
    name: '已有客户',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    version: 1,
  })
  const router = createMemoryRouter([{ path: '/ledger/*', Component: LedgerPage }], {
    initialEntries: ['/ledger/clients/new'],
  })
  render(<RouterProvider router={router} />)
  await screen.findByRole('heading', { level: 1, name: '添加客户' })
  vi.spyOn(Object.getPrototypeOf(db.clients) as { put: () => unknown }, 'put').mockRejectedValue(
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  )
  await user.type(screen.getByLabelText('客户名称'), '新客户')
  await user.click(screen.getByRole('button', { name: '保存' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('浏览器的存储空间已满，这条记录没有保存')
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('添加客户')
  expect(screen.getByLabelText('客户名称')).toHaveValue('新客户')
  vi.restoreAllMocks()
  expect((await db.clients.toArray()).map((c) => c.name)).toEqual(['已有客户'])
})
