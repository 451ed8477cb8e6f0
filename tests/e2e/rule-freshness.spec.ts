import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'

// How fresh each rule is: 最后核实 and the sources on every rule book entry, the 未核实 caution, and the 变更记录
// page with its links back to the rules. axe on the rule book (every rule) takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 })

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0)
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    test('a rule book entry says when it was last verified and links its sources', async ({ page }) => {
      await openPage(page, '/rules#REUSE_CERT_OUTCOME')
      const entry = page.getByRole('article', { name: '快速注册后的认证结果' })
      await expect(entry).toBeFocused()
      const current = entry.getByRole('region', { name: '现行规则（当前使用）' })
      await expect(current).toContainText('最后核实 2026年12月1日')
      const source = current.getByRole('link', { name: /registerMiniprogramByOffiaccount/ })
      await expect(source).toHaveAttribute('target', '_blank')
      await expect(source).toHaveAttribute('rel', 'noreferrer')
      await expect(source).toHaveAttribute('href', /^https:\/\/developers\.weixin\.qq\.com\//)
      await expect(entry.getByRole('link', { name: /快速注册的小程序默认未认证/ })).toBeVisible()

      const review = page.getByRole('article', { name: '认证审核时间' })
      await expect(review).toContainText('未核实 没有找到这个数字的出处')
      await expect(review.getByRole('region', { name: '现行规则（当前使用）' })).toContainText('未核实')
      await entry.screenshot({ path: `/tmp/a-rule-entry-${width}.png` })
      await review.screenshot({ path: `/tmp/a-rule-unverified-${width}.png` })
      await expectNoSidewaysScroll(page)
      await expectNoAxeViolations(page)
    })

    test('变更记录 lists the changes with their rules, and leads back to the rule book', async ({ page }) => {
      await openPage(page, '/rules')
      await page.getByRole('link', { name: /^变更记录/ }).click()
      const heading = page.getByRole('heading', { level: 1, name: '变更记录' })
      await expect(heading).toBeFocused()
      await expect(page).toHaveTitle('变更记录 - 小程序注册向导')
      await expect(page.getByRole('heading', { level: 2 })).toHaveText([
        '服务商快速注册接口只接受统一社会信用代码',
        '快速注册的小程序默认未认证',
        '小程序上架前必须备案',
        '公众号每月新增关联改为合计计算，快速注册的不计入',
        '公众号（原订阅号）和服务号分为两种产品',
      ])
      const change = page.getByRole('article', { name: '快速注册的小程序默认未认证' })
      await expect(change.locator('time')).toHaveAttribute('datetime', '2023-12-25')
      await expect(change.getByRole('link', { name: /REUSE_CERT_OUTCOME/ })).toHaveAttribute(
        'href',
        '/rules#REUSE_CERT_OUTCOME',
      )
      await page.screenshot({ path: `/tmp/a-changes-${width}.png` })
      await change.screenshot({ path: `/tmp/a-change-${width}.png` })
      await page
        .getByRole('article', { name: '公众号（原订阅号）和服务号分为两种产品' })
        .screenshot({ path: `/tmp/a-change-undated-${width}.png` })
      await expectNoSidewaysScroll(page)
      await expectNoAxeViolations(page)

      await change.getByRole('link', { name: /CERT_FEE/ }).click()
      await expect(page).toHaveURL('/rules#CERT_FEE')
      await expect(page.getByRole('article', { name: '微信认证费' })).toBeFocused()
    })

    test('by keyboard alone, a change leads to its rule', async ({ page }) => {
      await openPage(page, '/rules/changes')
      const target = page.getByRole('link', { name: '小程序备案 （ICP_FILING）' })
      for (let i = 0; i < 80; i += 1) {
        if (await target.evaluate((el) => el === document.activeElement)) break
        await page.keyboard.press('Tab')
      }
      await expect(target).toBeFocused()
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL('/rules#ICP_FILING')
      await expect(page.getByRole('article', { name: '小程序备案' })).toBeFocused()
    })
  })
}
