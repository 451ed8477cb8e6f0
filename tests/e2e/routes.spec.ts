import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'
import { notFound, routes } from './support/routes'

for (const width of [1280, 360]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })
    // axe on the long pages (the rule book lists every rule) can take more than 30 s on a busy machine.
    test.describe.configure({ timeout: 90_000 })

    for (const route of [...routes, notFound]) {
      test(`${route.path} has one h1, its title, and no axe violations`, async ({ page }) => {
        await openPage(page, route.path)
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading)
        await expect(page).toHaveTitle(route.title)
        await expectNoAxeViolations(page)
      })
    }

    test('nothing is wider than the screen', async ({ page }) => {
      for (const route of routes) {
        await openPage(page, route.path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${route.path} scrolls sideways`).toBeLessThanOrEqual(0)
      }
    })
  })
}

test('the skip link is the first thing a keyboard reaches, and it leads to the main content', async ({
  page,
}) => {
  await openPage(page, '/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: '跳到主要内容' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main#main')).toBeFocused()
})

test('after following a link, focus is on the new page heading and the title is announced', async ({
  page,
}) => {
  await openPage(page, '/')
  await page.getByRole('navigation', { name: '主要页面' }).getByRole('link', { name: '台账' }).click()
  const heading = page.getByRole('heading', { level: 1, name: '台账' })
  await expect(heading).toBeFocused()
  await expect(page).toHaveTitle(`台账 - 小程序注册向导`)
  await expect(page.getByRole('status')).toHaveText('已打开页面：台账 - 小程序注册向导')
})

test('home links to the advisor, to both wizards and to 批量规划', async ({ page }) => {
  await openPage(page, '/')
  const main = page.getByRole('main')
  await main.getByRole('link', { name: '开始单独注册' }).click()
  await expect(page).toHaveURL('/register/new?path=standalone')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开始单独注册小程序')
  await page.goBack()
  await main.getByRole('link', { name: '开始复用公众号资质注册' }).click()
  await expect(page).toHaveURL('/register/new?path=reuse')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开始复用公众号资质快速注册小程序')
  await page.goBack()
  await main.getByRole('link', { name: '去路径判断' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('路径判断')
  await page.goBack()
  await main.getByRole('link', { name: '去批量规划' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('批量规划')
})

test('the not-found page leads home', async ({ page }) => {
  await openPage(page, notFound.path)
  await page.getByRole('main').getByRole('link', { name: '返回首页' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(routes[0]!.heading)
})
