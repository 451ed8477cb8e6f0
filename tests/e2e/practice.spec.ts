import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'

// 练一练 (issue 13): the quiz answered by keyboard alone, 检查答案, the score and each answer's rule; the error
// summary for unanswered questions; axe on both; screenshots at 360 and 1280 px. The right answers are written out
// here for the current rule set (the app computes them), so a changed rule or a wrong computation fails.

test.describe.configure({ timeout: 120_000 })

/** The right answer of each question, in order, as its radio is labelled. */
const rightAnswers: (string | RegExp)[] = [
  '不可以', // an individual cannot reuse an official account (REUSE_OA_TYPES)
  '可以，但要先完成公众号的微信认证', // REUSE_OA_CERTIFIED
  '300 元', // an enterprise's certification, standalone (CERT_FEE)
  '300 元', // reuse: the new mini program certified on its own (REUSE_CERT_OUTCOME)
  '600 元', // the account certified first, then the mini program
  /（ID_CARD_LIMIT）$/,
  /（OA_LINK_SAME）$/,
  /（FAST_REG_MONTHLY）$/,
  '不会卡住，可以注册完成',
]

async function focusedRadio(page: Page): Promise<{ name: string; label: string } | null> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return null
    return { name: el.name, label: el.labels?.[0]?.textContent ?? '' }
  })
}

const matches = (label: string, want: string | RegExp) =>
  typeof want === 'string' ? label === want : want.test(label)

/** Tab into question `n`'s radio group, then arrow to the wanted option (arrows select), Space if it is the first. */
async function answerByKeyboard(page: Page, n: number, want: string | RegExp): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    const radio = await focusedRadio(page)
    if (radio?.name === `q${n}`) break
    await page.keyboard.press('Tab')
  }
  const first = await focusedRadio(page)
  expect(first?.name, `question ${n} reached by Tab`).toBe(`q${n}`)
  if (matches(first!.label, want)) {
    await page.keyboard.press('Space')
    return
  }
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('ArrowDown')
    const radio = await focusedRadio(page)
    if (radio && matches(radio.label, want)) return
  }
  throw new Error(`question ${n}: no option ${String(want)}`)
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+08:00'))
})

test('练一练 answered by keyboard alone: every answer right, the score, the rules, axe clean', async ({
  page,
}) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 })
    await openPage(page, '/practice')
    await expect(page.getByRole('heading', { level: 1, name: '练一练' })).toBeVisible()
    await expect(page).toHaveTitle('练一练 - 小程序注册向导')
    const groups = page.getByRole('group', { name: /^第 \d+ 题/ })
    await expect(groups).toHaveCount(rightAnswers.length)
    await expectNoAxeViolations(page)

    for (const [i, want] of rightAnswers.entries()) await answerByKeyboard(page, i + 1, want)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: '检查答案' })).toBeFocused()
    await page.keyboard.press('Enter')

    await expect(
      page.getByText(`答对 ${rightAnswers.length} 题，共 ${rightAnswers.length} 题。`),
    ).toBeFocused()
    await expect(page.getByText('回答正确', { exact: true })).toHaveCount(rightAnswers.length)
    await expect(page.getByText('回答错误', { exact: true })).toHaveCount(0)
    await expect(page.getByRole('link', { name: /（ID_CARD_LIMIT）/ }).first()).toHaveAttribute(
      'href',
      '/rules#ID_CARD_LIMIT',
    )
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(scroll, 'no horizontal scroll').toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `/tmp/practice-checked-${width}.png`, fullPage: true })
    await page.screenshot({ path: `/tmp/practice-checked-${width}-top.png` })
    await page.getByRole('group', { name: /^第 6 题/ }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `/tmp/practice-checked-${width}-q6.png` })
  }
})

test('练一练: a wrong answer shows the right one; unanswered questions are listed in the error summary', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await openPage(page, '/practice')
  await page.getByRole('button', { name: '检查答案' }).click()
  const summary = page.getByRole('alert')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveCount(rightAnswers.length)
  await expect(page).toHaveTitle(/^错误：/)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: '/tmp/practice-errors-360.png' })

  for (const [i, want] of rightAnswers.entries()) {
    const group = page.getByRole('group', { name: new RegExp(`^第 ${i + 1} 题`) })
    const option =
      i === 0
        ? group.getByRole('radio', { name: '可以，直接快速注册' })
        : group.getByRole('radio', { name: want })
    await option.check()
  }
  await page.getByRole('button', { name: '检查答案' }).click()
  await expect(
    page.getByText(`答对 ${rightAnswers.length - 1} 题，共 ${rightAnswers.length} 题。`),
  ).toBeFocused()
  await expect(page.getByText('正确答案：不可以')).toBeVisible()
  await expect(page.getByText('你的答案：可以，直接快速注册')).toBeVisible()
  await expect(page.getByRole('link', { name: /（REUSE_OA_TYPES）/ }).first()).toHaveAttribute(
    'href',
    '/rules#REUSE_OA_TYPES',
  )
})
