import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { quiz, ruleSets } from '../../domain'
import { todayInChina } from '../../platform/clock'
import { useSettingsStore } from '../../storage/settings-store'
import { optionText } from './option-text'
import { PracticePage } from './practice-page'

vi.setConfig({ testTimeout: 30_000 })

beforeEach(() => {
  useSettingsStore.setState({ ruleSetId: 'current' })
})

function open(path = '/practice') {
  const router = createMemoryRouter([{ path: '/practice', Component: PracticePage }], {
    initialEntries: [path],
  })
  render(<RouterProvider router={router} />)
}

const questions = () => quiz(ruleSets.current, todayInChina())
const groups = () => screen.getAllByRole('group', { name: /^第 \d+ 题/ })

describe('练一练', () => {
  it('asks every question as a radio group with the situation as its hint', async () => {
    open()
    expect(await screen.findByRole('heading', { level: 1, name: '练一练' })).toBeInTheDocument()
    const qs = questions()
    expect(groups()).toHaveLength(qs.length)
    const first = groups()[0]!
    expect(within(first).getAllByRole('radio')).toHaveLength(qs[0]!.options.length)
    expect(first).toHaveAccessibleDescription(/./)
  })

  it('lists the unanswered questions in an error summary that links to them', async () => {
    const user = userEvent.setup()
    open()
    await user.click(await screen.findByRole('button', { name: '检查答案' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveFocus()
    const link = within(summary).getByRole('link', { name: '请先回答第 1 题' })
    await user.click(link)
    expect(within(groups()[0]!).getAllByRole('radio')[0]).toHaveFocus()
    expect(document.title).toMatch(/^错误：/)
  })

  it('marks each answer right or wrong, with the right answer, the score and a link to the rule', async () => {
    const user = userEvent.setup()
    open()
    await screen.findByRole('heading', { level: 1, name: '练一练' })
    const qs = questions()
    // The first question answered wrongly, every other one rightly.
    for (const [i, q] of qs.entries()) {
      const wanted =
        i === 0 ? q.options.find((o) => o.id !== q.answer)! : q.options.find((o) => o.id === q.answer)!
      await user.click(within(groups()[i]!).getByRole('radio', { name: optionText(wanted) }))
    }
    await user.click(screen.getByRole('button', { name: '检查答案' }))
    expect(await screen.findByText(`答对 ${qs.length - 1} 题，共 ${qs.length} 题。`)).toHaveFocus()
    expect(screen.getAllByText('回答错误')).toHaveLength(1)
    expect(screen.getAllByText('回答正确')).toHaveLength(qs.length - 1)
    const right = qs[0]!.options.find((o) => o.id === qs[0]!.answer)!
    expect(screen.getByText(`正确答案：${optionText(right)}`)).toBeInTheDocument()
    const ruleLink = screen.getAllByRole('link', { name: new RegExp(`（${qs[0]!.rules[0]}）`) })[0]!
    expect(ruleLink).toHaveAttribute('href', `/rules#${qs[0]!.rules[0]}`)
  })

  it('orders the options by the share link’s ?q= seed', async () => {
    open('/practice?q=7')
    await screen.findByRole('heading', { level: 1, name: '练一练' })
    const expected = quiz(ruleSets.current, todayInChina(), 7)[2]!.options.map(optionText)
    expect(
      within(groups()[2]!)
        .getAllByRole('radio')
        .map((r) => r.closest('.choice')?.textContent),
    ).toEqual(expected)
    expect(screen.getByRole('button', { name: '复制练一练链接' })).toBeInTheDocument()
  })

  it('asks under the rule set chosen in the header: the guide leaves out what it does not state', async () => {
    useSettingsStore.setState({ ruleSetId: 'guide' })
    open()
    await screen.findByRole('heading', { level: 1, name: '练一练' })
    expect(groups()).toHaveLength(quiz(ruleSets.guide, todayInChina()).length)
    expect(screen.queryByText(/本月已经用它快速注册/)).toBeNull()
  })
})
