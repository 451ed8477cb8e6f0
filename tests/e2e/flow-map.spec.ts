import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { headings, Wizard } from './support/wizard'

// 流程图 (/flow): both paths drawn from the flow machine, readable at 360 and 1280 px, with the current step of an
// open registration highlighted. Texts written out, not read from the catalog.

// axe runs several times a test on two shared cores: generous, since every wait is on a condition, never a sleep.
test.describe.configure({ timeout: 180_000 })

type Box = { x: number; y: number; width: number; height: number }

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5

/** The drawing's nodes: none overlaps another, and each one's text stays inside its box. */
async function expectReadableDrawing(page: Page): Promise<void> {
  const nodes = await page.locator('.flow-map__svg [data-step]').evaluateAll((groups) =>
    groups.map((g) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect()
        return { x: r.x, y: r.y, width: r.width, height: r.height }
      }
      return {
        step: g.getAttribute('data-step')!,
        rect: box(g.querySelector('rect')!),
        texts: [...g.querySelectorAll('text')].map(box),
      }
    }),
  )
  expect(nodes.length).toBeGreaterThan(10)
  for (const [i, a] of nodes.entries()) {
    for (const b of nodes.slice(i + 1))
      expect(overlaps(a.rect, b.rect), `${a.step} overlaps ${b.step}`).toBe(false)
    for (const text of a.texts) expect(inside(text, a.rect), `a line of ${a.step} leaves its box`).toBe(true)
  }
}

async function expectNoPageScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, '/flow scrolls sideways').toBeLessThanOrEqual(0)
}

for (const width of [360, 1280]) {
  test(`/flow at ${width} px: both paths, no overlap, no sideways page scroll, axe clean`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/flow')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('注册流程图')
    await expect(page).toHaveTitle('注册流程图 - 小程序注册向导')
    await expect(page.getByRole('heading', { name: '文字版：单独注册' })).toBeVisible()
    await expect(page.getByRole('region', { name: '单独注册流程图（图形，可横向滚动）' })).toBeVisible()
    await expect(page.getByRole('button', { name: '打印' })).toBeVisible()
    await expectReadableDrawing(page)
    await expectNoPageScroll(page)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `/tmp/flow-standalone-${width}.png`, fullPage: true })

    await page.getByRole('link', { name: '复用公众号资质快速注册', exact: true }).click()
    await expect(page).toHaveURL(/\/flow\?path=reuse$/)
    await expect(page.getByRole('heading', { name: '文字版：复用公众号资质快速注册' })).toBeVisible()
    await expect(page.getByText('若公众号未认证：先完成公众号的微信认证')).toBeVisible()
    await expect(page.getByRole('link', { name: '检查：同一身份证可绑定的小程序数量' })).toHaveAttribute(
      'href',
      '/rules#ID_CARD_LIMIT',
    )
    await expectReadableDrawing(page)
    await expectNoPageScroll(page)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `/tmp/flow-reuse-${width}.png`, fullPage: true })
  })
}

test('/flow?case=ID highlights where an open registration stands, and changes nothing', async ({ page }) => {
  const wizard = new Wizard(page)
  const id = await wizard.start('standalone')
  await wizard.confirm('open-platform')
  await wizard.confirm('choose-mini-program')
  await wizard.expectStep('account')
  const before = await page.evaluate(() => JSON.stringify(localStorage))

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`/flow?case=${id}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('注册流程图')
    await expect(
      page.getByText('标出了这条注册记录的进度：已完成 2 步，当前步骤是“准备小程序的登录邮箱”。'),
    ).toBeVisible()
    const current = page.locator('li[aria-current="step"]')
    await expect(current).toHaveCount(1)
    await expect(current).toContainText(`${headings.account}（▶ 当前步骤）`)
    await expect(page.getByText('（✓ 已完成）')).toHaveCount(2)
    await expect(page.locator('.flow-map__svg [data-step="account"]')).toHaveClass(/flow-map__node--current/)
    await expect(page.locator('.flow-map__svg [data-step="account"]')).toContainText('▶ 当前步骤')
    await expectReadableDrawing(page)
    await expectNoPageScroll(page)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `/tmp/flow-case-${width}.png`, fullPage: true })
  }
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before)

  await page.getByRole('link', { name: '回到这条注册' }).click()
  await wizard.expectStep('account', { focus: false })
})

test('/flow?case=unknown says so and shows the whole flow', async ({ page }) => {
  await page.goto('/flow?case=nope')
  await expect(page.getByText('在本浏览器中没有找到这条注册记录，下面是完整的流程。')).toBeVisible()
  await expect(page.locator('li[aria-current="step"]')).toHaveCount(0)
  await expectNoAxeViolations(page)
})
