import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { maskIdCard, maskMobile, samples } from '../../domain'
import { clearWizardHandoff, handToWizard, wizardHandoff } from '../../storage/wizard-handoff'
import { useCasesStore } from './store/cases-store'
import { renderWizard } from './test-support'

vi.setConfig({ testTimeout: 30_000 })

beforeEach(() => {
  localStorage.clear()
  clearWizardHandoff()
  useCasesStore.setState({ cases: {} })
})

describe('/register/new?from=plan (a row of 批量规划)', () => {
  it('starts a registration whose steps show the row’s answers, and tells the plan which one it is', async () => {
    const started = vi.fn()
    handToWizard({
      path: 'standalone',
      ruleSetId: 'current',
      label: '批量规划第 3 行：计划助手',
      drafts: {
        account: { email: 'plan-3@example.com' },
        'subject-type': { subjectType: 'enterprise' },
        admin: {
          name: '张三',
          idCardNumber: maskIdCard(samples.admin.idCardNumber),
          mobile: maskMobile(samples.admin.mobile),
          idCardHash: 'a'.repeat(64),
          mobileHash: 'b'.repeat(64),
        },
      },
      started,
    })
    const user = userEvent.setup()
    const router = renderWizard('/register/new?from=plan')
    expect(screen.getByRole('heading', { level: 1, name: '从批量规划开始注册' })).toBeInTheDocument()
    expect(screen.getByText(/批量规划第 3 行：计划助手（单独注册）/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '开始' }))
    const [id] = Object.keys(useCasesStore.getState().cases)
    expect(started).toHaveBeenCalledWith(id)
    expect(wizardHandoff()).toBeNull()
    const registration = useCasesStore.getState().cases[id!]!
    expect(registration.drafts.account).toEqual({ email: 'plan-3@example.com' })
    // Stored masked with its hashes, as an admin picked from the ledger is: never the full number.
    expect(registration.drafts.admin).toMatchObject({ idCardNumber: maskIdCard(samples.admin.idCardNumber) })
    expect(JSON.stringify(localStorage)).not.toContain(samples.admin.idCardNumber)
    expect(router.state.location.pathname).toBe(`/register/${id}/open-platform`)
  })

  it('says the plan row is gone after a reload, and leads back to 批量规划', () => {
    renderWizard('/register/new?from=plan')
    expect(screen.getByRole('heading', { level: 1, name: '没有要开始的计划行' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '返回批量规划' })).toHaveAttribute('href', '/plan')
  })
})
