import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { transition, type FlowState } from '../../domain'
import { useCasesStore } from './store/cases-store'
import { answeredUpTo, renderWizard } from './test-support'

/** A standalone enterprise verifying by small transfer, which it started on `startedOn`. */
function transferStartedOn(startedOn: string): FlowState {
  const flow = answeredUpTo('transfer', { 'verification-method': { method: 'transfer' } }, startedOn)
  const outcome = { kind: 'transfer-started', on: startedOn } as const
  return transition(flow, { type: 'record', outcome }, { today: startedOn }).state
}

describe('a refusal of the flow machine reaches the user in Chinese', () => {
  beforeEach(() => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null, memoryDrafts: {} })
  })

  it('a small transfer marked done after its deadline says why, never its code (rule: TRANSFER_VERIFY)', async () => {
    const user = userEvent.setup()
    const id = useCasesStore.getState().createCase('standalone', 'current')
    // Started years ago: the deadline (10 days) is long past whatever today is.
    useCasesStore.getState().saveFlow(id, transferStartedOn('2020-01-06'))
    renderWizard(`/register/${id}/transfer`)
    await screen.findByRole('heading', { level: 1 })
    await user.click(screen.getByRole('radio', { name: '打款已完成，平台显示验证通过' }))
    await user.click(screen.getByRole('button', { name: '记录：平台显示的打款结果' }))
    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(summary).toHaveFocus())
    expect(within(summary).getByText(/小额打款的期限已经过了/)).toBeInTheDocument()
    expect(summary).not.toHaveTextContent('transfer-deadline-passed')
    expect(useCasesStore.getState().cases[id]!.flow.outcomes.transfer?.result).toBe('pending')
  })
})
