import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'

// 模拟界面 (issue 13): the showcase /demo/screens shows every rehearsal screen, marked 模拟, with nothing usable in
// it; at a phone's and a laptop's width it never scrolls sideways and axe finds nothing. Texts are written out here.

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
  expect(scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(clientWidth)
}

for (const width of [360, 1280]) {
  test(`模拟界面一览 at ${width} px: every screen marked 模拟, disabled, no sideways scroll, axe clean`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 })
    await openPage(page, '/demo/screens')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('模拟界面一览')
    await expect(page).toHaveTitle('模拟界面一览 - 小程序注册向导')

    const figures = page.getByRole('figure', { name: /^模拟界面：/ })
    await expect(figures).toHaveCount(11)
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(11)
    for (const figure of await figures.all()) {
      await expect(figure.getByText('模拟', { exact: true })).toBeVisible()
    }
    const form = page.getByRole('figure', { name: '模拟界面：小程序注册表单' })
    await expect(form.getByLabel('密码', { exact: true })).toHaveValue('Sample2024!')
    await expect(form.getByLabel('确认密码')).toBeDisabled()
    await expect(form.getByLabel('验证码', { exact: true })).toHaveValue('k7Xq')
    // Nothing of a platform page takes focus or input (our notes below it may link to a rule's sources).
    const usable = page.locator('.mock__panel :is(input, button, select, textarea, a[href]):not([disabled])')
    await expect(usable).toHaveCount(0)
    await expect(page.locator('.mock :is(img, svg, canvas)')).toHaveCount(0)

    await expectNoSidewaysScroll(page)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `/tmp/rehearsal-${width}.png`, fullPage: true })
  })
}
