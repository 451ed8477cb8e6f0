import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { samples, type StepId } from '../../domain'
import { useCasesStore } from './store/cases-store'
import { answeredUpTo, renderWizard } from './test-support'

function caseAt(until: StepId): string {
  const id = useCasesStore.getState().createCase('standalone', 'current')
  useCasesStore.getState().saveFlow(id, answeredUpTo(until))
  return id
}

/** Everything the browser keeps in localStorage, keys and values. */
const stored = () => JSON.stringify({ ...localStorage })

describe('the admin step never stores the full ID card or mobile number, not even in a draft', () => {
  beforeEach(() => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null, memoryDrafts: {} })
  })

  it('keeps the typed numbers in memory only, and after a reload asks for them again, saying why', async () => {
    const user = userEvent.setup()
    const id = caseAt('admin')
    renderWizard(`/register/${id}/admin`)
    await screen.findByRole('heading', { level: 1 })
    await user.type(screen.getByLabelText('管理员姓名'), samples.admin.name)
    await user.type(screen.getByLabelText('管理员身份证'), samples.admin.idCardNumber)
    await user.type(screen.getByLabelText('管理员手机'), samples.admin.mobile)
    await waitFor(() => expect(stored()).toContain(samples.admin.name))
    expect(stored()).not.toContain(samples.admin.idCardNumber)
    expect(stored()).not.toContain(samples.admin.mobile)
    expect(stored()).not.toContain(samples.admin.idCardNumber.slice(0, 10))

    // Leaving the step and coming back within the page: nothing to retype.
    cleanup()
    renderWizard(`/register/${id}/admin`)
    await screen.findByRole('heading', { level: 1 })
    expect(screen.getByLabelText('管理员身份证')).toHaveValue(samples.admin.idCardNumber)
    expect(screen.queryByText('请重新填写身份证号码和手机号码')).not.toBeInTheDocument()
    cleanup()

    // A reload: memory is gone, the stored draft is what is left.
    useCasesStore.setState({ memoryDrafts: {} })
    renderWizard(`/register/${id}/admin`)
    await screen.findByRole('heading', { level: 1 })
    expect(screen.getByText('请重新填写身份证号码和手机号码')).toBeInTheDocument()
    expect(screen.getByText(/完整的身份证号码和手机号码不会保存在浏览器里/)).toBeInTheDocument()
    expect(screen.getByLabelText('管理员姓名')).toHaveValue(samples.admin.name)
    expect(screen.getByLabelText('管理员身份证')).toHaveValue('')
    expect(screen.getByLabelText('管理员手机')).toHaveValue('')
  })

  it('keeps a saved admin when 下一步 is pressed without retyping, and the machine picks the next step', async () => {
    const user = userEvent.setup()
    const id = caseAt('admin')
    const router = renderWizard(`/register/${id}/admin`)
    await screen.findByRole('heading', { level: 1 })
    await user.type(screen.getByLabelText('管理员姓名'), samples.admin.name)
    await user.type(screen.getByLabelText('管理员身份证'), samples.admin.idCardNumber)
    await user.type(screen.getByLabelText('管理员手机'), samples.admin.mobile)
    await user.click(screen.getByRole('button', { name: '下一步' }))
    await screen.findByRole('heading', { level: 1, name: /验证/ })
    expect(router.state.location.pathname).toBe(`/register/${id}/admin-verify`)
    expect(stored()).toContain('110***********002X')
    expect(stored()).not.toContain(samples.admin.idCardNumber)

    await user.click(screen.getByRole('link', { name: '上一步' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/register/${id}/admin`))
    await user.click(await screen.findByRole('button', { name: '下一步' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/register/${id}/admin-verify`))
  })
})
