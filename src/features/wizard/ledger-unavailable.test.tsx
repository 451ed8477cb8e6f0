import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { samples } from '../../domain'
import { useCasesStore } from './store/cases-store'
import { answeredUpTo, renderWizard } from './test-support'

// A browser whose IndexedDB is unusable: every ledger call fails.
vi.mock('./ledger-bridge', () => ({
  loadLedger: async () => {
    throw new DOMException('IndexedDB is disabled', 'UnknownError')
  },
}))

describe('a ledger that cannot be written', () => {
  beforeEach(() => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null, memoryDrafts: {} })
  })

  it('does not stop the registration, and the next page says the ledger missed the step', async () => {
    const user = userEvent.setup()
    const id = useCasesStore.getState().createCase('standalone', 'current')
    useCasesStore.getState().saveFlow(id, answeredUpTo('account'))
    const router = renderWizard(`/register/${id}/account`)
    await user.type(await screen.findByLabelText('邮箱'), samples.account.email)
    await user.click(screen.getByRole('button', { name: '下一步' }))
    expect(await screen.findByText('台账这次没有更新')).toBeInTheDocument()
    expect(screen.getByText(/台账暂时无法读取或写入/)).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/register/${id}/activate-email`)
    expect(useCasesStore.getState().cases[id]!.flow.completed).toContain('account')
  })
})
