import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useCasesStore } from './store/cases-store'
import { renderWizard } from './test-support'

function startAt(path: 'standalone' | 'reuse') {
  const id = useCasesStore.getState().createCase(path, 'current')
  return id
}

async function confirmStep(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByLabelText('我已完成这一步'))
  await user.click(screen.getByRole('button', { name: '下一步' }))
}

describe('a wizard step page', () => {
  beforeEach(() => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null })
  })

  it('moves focus to the next step’s h1 and titles it “第 N 步，共 M–K 步” while the total is not known', async () => {
    const user = userEvent.setup()
    const id = startAt('standalone')
    renderWizard(`/register/${id}/open-platform`)
    expect(
      await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' }),
    ).toBeInTheDocument()
    await confirmStep(user)
    const heading = await screen.findByRole('heading', { level: 1, name: '选择注册“小程序”' })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(document.title).toBe('第 2 步，共 11–14 步：选择注册“小程序” - 小程序注册向导')
  })

  it('goes from one step to the next in one save, with a step heading on screen all the way; Back moves the registration back', async () => {
    const user = userEvent.setup()
    const id = startAt('standalone')
    const router = renderWizard(`/register/${id}/open-platform`)
    await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' })
    // Every step the saved registration was moved to, and every moment the page had no h1.
    const savedSteps: string[] = []
    const unsubscribe = useCasesStore.subscribe((s, before) => {
      if (s.cases[id]!.flow !== before.cases[id]!.flow) savedSteps.push(s.cases[id]!.flow.current)
    })
    let blank = 0
    const observer = new MutationObserver(() => {
      if (!document.querySelector('h1')) blank += 1
    })
    observer.observe(document.body, { childList: true, subtree: true })
    await confirmStep(user)
    await screen.findByRole('heading', { level: 1, name: '选择注册“小程序”' })
    observer.disconnect()
    unsubscribe()
    expect(savedSteps).toEqual(['choose-mini-program'])
    expect(blank).toBe(0)

    await router.navigate(-1)
    await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' })
    await waitFor(() => expect(useCasesStore.getState().cases[id]!.flow.current).toBe('open-platform'))
  })

  it('on a failed 下一步 focuses the error summary, prefixes the title and keeps what was typed', async () => {
    const user = userEvent.setup()
    const id = startAt('standalone')
    const router = renderWizard(`/register/${id}/open-platform`)
    await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' })
    await confirmStep(user)
    await screen.findByRole('heading', { level: 1, name: '选择注册“小程序”' })
    await confirmStep(user)
    await screen.findByRole('heading', { level: 1, name: '准备小程序的登录邮箱' })
    await user.type(screen.getByLabelText('邮箱'), 'not-an-email')
    await user.click(screen.getByRole('button', { name: '下一步' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveFocus()
    expect(summary).toHaveTextContent('有以下问题需要处理')
    await waitFor(() => expect(document.title.startsWith('错误：')).toBe(true))
    expect(screen.getByLabelText('邮箱')).toHaveValue('not-an-email')
    expect(router.state.location.pathname).toBe(`/register/${id}/account`)
    const link = screen.getAllByRole('link').find((a) => a.getAttribute('href') === '#f-email')!
    await user.click(link)
    expect(screen.getByLabelText('邮箱')).toHaveFocus()
  })

  it('keeps a typed answer across a remount (saved as typed)', async () => {
    const user = userEvent.setup()
    const id = startAt('reuse')
    const first = renderWizard(`/register/${id}/subject-type`)
    await screen.findByRole('heading', { level: 1, name: '公众号的主体是什么类型？' })
    await user.click(screen.getByLabelText('媒体'))
    first.dispose()
    renderWizard(`/register/${id}/subject-type`)
    await waitFor(() => expect(screen.getAllByLabelText('媒体').at(-1)).toBeChecked())
  })

  it('redirects the URL of a later step to the step the registration is on', async () => {
    const id = startAt('standalone')
    const router = renderWizard(`/register/${id}/profile`)
    await screen.findByRole('heading', { level: 1, name: '打开微信公众平台，点击“立即注册”' })
    expect(router.state.location.pathname).toBe(`/register/${id}/open-platform`)
  })

  it('shows the explanation instead of the next step when an individual tries the reuse path (rule: REUSE_OA_TYPES)', async () => {
    const user = userEvent.setup()
    const id = startAt('reuse')
    renderWizard(`/register/${id}/subject-type`)
    await screen.findByRole('heading', { level: 1, name: '公众号的主体是什么类型？' })
    await user.click(screen.getByLabelText('个人'))
    await user.click(screen.getByRole('button', { name: '下一步' }))
    const heading = await screen.findByRole('heading', { level: 1, name: '无法继续：可复用资质的主体类型' })
    expect(heading).toHaveFocus()
    expect(screen.getByRole('link', { name: /REUSE_OA_TYPES/ })).toHaveAttribute(
      'href',
      '/rules#REUSE_OA_TYPES',
    )
    await user.click(screen.getByRole('button', { name: '返回修改' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: '公众号的主体是什么类型？' }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('个人')).toBeChecked()
  })
})
