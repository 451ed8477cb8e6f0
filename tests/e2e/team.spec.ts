import type { Browser, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'
import { owner, setUpTeam } from './support/team'

// 团队台账 against the real team server (started by playwright.config.ts on a fresh database, /api proxied by
// preview). The server is set up once, by whichever test gets there first; each test adds members of its own.

// Two browsers, several page loads and server round trips each: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 })

test.beforeAll(async ({ request }) => setUpTeam(request))

async function signIn(page: Page, who: { email: string; password: string }) {
  await openPage(page, '/team')
  await page.getByLabel('邮箱').fill(who.email)
  await page.getByLabel('密码', { exact: true }).fill(who.password)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByText(`已登录：${who.email}`)).toBeVisible()
}

async function newMember(page: Page, role: '经办人' | '只读', tag: string) {
  const member = { email: `${tag}-${Date.now()}@example.com`, password: `first password ${tag}` }
  await page.getByLabel('成员邮箱').fill(member.email)
  await page.getByLabel('初始密码').fill(member.password)
  await page.getByLabel('角色', { exact: true }).selectOption({ label: role })
  await page.getByRole('button', { name: '添加成员' }).click()
  await expect(page.getByText(`已添加 ${member.email}（${role}）。`)).toBeVisible()
  return member
}

async function secondBrowser(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  return { context, page: await context.newPage() }
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${viewport.width} px wide`, () => {
    test.use({ viewport })

    test('sign in, add an operator, remove them: their session ends at once; the audit log says so', async ({
      page,
      browser,
      guard,
    }) => {
      await openPage(page, '/team')
      await expect(page.getByRole('heading', { level: 2, name: '登录团队台账' })).toBeVisible()
      await expect(page.getByLabel('密码', { exact: true })).toHaveAccessibleDescription(
        /不是微信公众平台的密码/,
      )
      await expectNoAxeViolations(page)

      // A wrong password first: said plainly, in the summary and at the field (the 401 is expected).
      await page.getByLabel('邮箱').fill(owner.email)
      await page.getByLabel('密码', { exact: true }).fill('not the password')
      await page.getByRole('button', { name: '登录' }).click()
      await expect(page.getByRole('alert')).toBeFocused()
      await expect(page.getByRole('alert').getByRole('link', { name: '邮箱或密码不对。' })).toBeVisible()

      await signIn(page, owner)
      await page.getByRole('link', { name: '成员' }).click()
      await expect(page.getByRole('heading', { level: 1, name: '成员' })).toBeFocused()
      const operator = await newMember(page, '经办人', `op${viewport.width}`)
      await expect(
        page.getByRole('table', { name: '团队成员' }).getByText(operator.email, { exact: true }),
      ).toBeVisible()
      await expectNoAxeViolations(page)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      )

      // The operator signs in from another browser.
      const other = await secondBrowser(browser, viewport)
      await signIn(other.page, operator)
      await expect(other.page.getByRole('link', { name: '操作记录' })).toHaveCount(0)

      // The owner removes them, after confirming.
      await page.getByRole('button', { name: `移除 ${operator.email}` }).click()
      await page.getByRole('button', { name: '确定移除' }).click()
      await expect(page.getByText(`已移除 ${operator.email}。`)).toBeVisible()

      // Their next step finds the session gone.
      await other.page.getByRole('link', { name: '成员' }).click()
      await expect(other.page.getByText(/登录已失效/)).toBeVisible()
      await other.context.close()

      await page.getByRole('link', { name: '返回团队台账' }).click()
      await page.getByRole('link', { name: '操作记录' }).click()
      const log = page.getByRole('table', { name: '操作记录，最新的在前' })
      // Other tests share the server: this operator's rows, whatever else the log holds.
      const rowsOf = (action: string) =>
        log
          .getByRole('row')
          .filter({ hasText: action })
          .filter({ hasText: `成员：${operator.email}` })
      await expect(rowsOf('移除成员')).toHaveCount(1)
      await expect(rowsOf('添加成员')).toHaveCount(1)
      await expect(rowsOf('移除成员')).toContainText('owner@example.com')
      await expectNoAxeViolations(page)

      // The one error the browser logged is the refused wrong password (401), which this test caused.
      expect(guard.errors).toEqual([expect.stringContaining('status of 401')])
      guard.errors = []
    })

    test('a viewer (只读) sees the members but cannot manage them or read the audit log', async ({
      page,
      browser,
    }) => {
      await signIn(page, owner)
      await page.getByRole('link', { name: '成员' }).click()
      const viewer = await newMember(page, '只读', `view${viewport.width}`)
      const other = await secondBrowser(browser, viewport)
      await signIn(other.page, viewer)
      await expect(other.page.getByText(`已登录：${viewer.email}（只读）`)).toBeVisible()
      await other.page.getByRole('link', { name: '成员' }).click()
      await expect(other.page.getByText('只有所有者可以管理成员。')).toBeVisible()
      await expect(other.page.getByRole('button', { name: /移除/ })).toHaveCount(0)
      await expect(other.page.getByRole('heading', { name: '添加成员' })).toHaveCount(0)
      await other.page.getByRole('link', { name: '返回团队台账' }).click()
      await other.page.getByRole('button', { name: '退出登录' }).click()
      await expect(other.page.getByText('已退出登录。')).toBeVisible()
      await other.context.close()
    })
  })
}

test('solo use makes no request to any API: home, the advisor, the wizard, the ledger, 批量规划, 发布清单', async ({
  page,
  guard,
}) => {
  for (const path of ['/', '/advisor', '/register', '/ledger', '/plan', '/publish', '/ledger/miniPrograms']) {
    await openPage(page, path)
  }
  expect(guard.requests.filter((url) => new URL(url).pathname.startsWith('/api'))).toEqual([])
})
