import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'
import { importLedger, ledgerFile } from './support/ledger'

// Phones and wide screens: the ledger's tables as cards or tables, the header's 菜单, a form's errors, the FAQ.
test.describe.configure({ timeout: 90_000 })

const longEmail = 'customer.service.department@example-company.com.cn'

/** A subject with two mini programs, one with an email address longer than a phone's line. */
function ledgerWithLongEmail(): string {
  return ledgerFile({
    clients: [{ id: 'c1', name: '深圳市示例信息咨询服务有限公司' }],
    subjects: [
      {
        id: 's1',
        name: '深圳市示例科技有限公司',
        type: 'enterprise',
        creditCode: '91350100M000100Y43',
        clientId: 'c1',
      },
    ],
    miniPrograms: [
      {
        id: 'm1',
        name: '示例商城',
        subjectId: 's1',
        path: 'standalone',
        status: 'registered',
        certStatus: 'certified',
        createdOn: '2025-05-01',
        email: longEmail,
        waitingOn: [],
      },
      {
        id: 'm2',
        name: '示例工具',
        subjectId: 's1',
        path: 'reuse',
        status: 'in-progress',
        certStatus: 'pending',
        createdOn: '2025-05-02',
        email: 'shop@example.com',
        waitingOn: ['admin-scan'],
      },
    ],
    emails: [
      { id: 'e1', email: longEmail, use: 'mini-program', ownerId: 'm1' },
      { id: 'e2', email: 'shop@example.com', use: 'mini-program', ownerId: 'm2' },
    ],
  })
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0)
}

/** How the rows are laid out: 'table-row' in a table, 'block' as cards. */
async function rowDisplay(table: Locator) {
  return table
    .locator('tbody tr')
    .first()
    .evaluate((row) => getComputedStyle(row).display)
}

/** The label a card draws before a cell (its column's header), or 'none' in a table. */
async function cardLabel(cell: Locator) {
  return cell.evaluate((td) => getComputedStyle(td, '::before').content)
}

/** True when each part of the address (between the places it may wrap) sits on one line. */
async function wrapsOnlyBetweenParts(cell: Locator) {
  return cell.evaluate((td) => {
    const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT)
    const parts: number[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange()
      range.selectNodeContents(node)
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
      parts.push(lines.size)
    }
    return parts.length > 1 && parts.every((lines) => lines === 1)
  })
}

for (const width of [360, 1280]) {
  const narrow = width === 360
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    test(`the ledger’s list is ${narrow ? 'a list of cards' : 'a table'}, keeping its table semantics`, async ({
      page,
    }) => {
      await openPage(page, '/ledger')
      await importLedger(page, ledgerWithLongEmail())
      await openPage(page, '/ledger/mini-programs')
      const table = page.getByRole('table')
      await expect(table.getByRole('columnheader')).toHaveText([
        '小程序',
        '主体',
        '状态',
        '认证状态',
        '登录邮箱',
      ])
      const row = table.getByRole('row', { name: /示例商城/ })
      await expect(row.getByRole('rowheader')).toHaveText('示例商城')
      await expect(row.getByRole('cell')).toHaveText([
        '深圳市示例科技有限公司',
        '已注册',
        '已认证',
        longEmail,
      ])
      expect(await rowDisplay(table)).toBe(narrow ? 'block' : 'table-row')
      // Read as one address, whatever its line breaks.
      await expect(row.getByRole('cell', { name: longEmail, exact: true })).toBeVisible()
      const email = row.getByRole('cell').nth(3)
      expect(await cardLabel(email)).toBe(narrow ? '"登录邮箱" / ""' : 'none')
      expect(await wrapsOnlyBetweenParts(email)).toBe(true)
      if (narrow) {
        // A card: each label beside or above its value, never one character a line.
        const box = (await row.boundingBox())!
        expect(box.width).toBeGreaterThan(300)
      } else {
        await expect(table.getByRole('columnheader').first()).toBeVisible()
      }
      await expectNoSidewaysScroll(page)
      await expectNoAxeViolations(page)

      await row.getByRole('link', { name: '示例商城' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例商城')
      const emailOnPage = page.locator('dt', { hasText: '登录邮箱' }).locator('+ dd')
      await expect(emailOnPage).toHaveText(longEmail)
      expect(await wrapsOnlyBetweenParts(emailOnPage)).toBe(true)
      await expectNoSidewaysScroll(page)
    })

    test(`the ledger’s overview and an import preview fit the screen, the preview ${narrow ? 'as cards' : 'as a table'}`, async ({
      page,
    }) => {
      await openPage(page, '/ledger')
      await importLedger(page, ledgerWithLongEmail())
      await openPage(page, '/ledger')
      await expect(page.getByRole('link', { name: '小程序（2）' })).toBeVisible()
      await expectNoSidewaysScroll(page)
      await expectNoAxeViolations(page)

      await openPage(page, '/ledger/backup')
      await page.getByLabel('选择台账文件（.json）').setInputFiles({
        name: 'ledger.json',
        mimeType: 'application/json',
        buffer: Buffer.from(ledgerWithLongEmail()),
      })
      await expect(page.getByRole('heading', { name: '导入预览' })).toBeVisible()
      const preview = page.getByRole('table')
      await expect(preview.getByRole('columnheader')).toHaveCount(5)
      await expect(preview.getByRole('row', { name: /^小程序/ }).getByRole('rowheader')).toHaveText('小程序')
      expect(await rowDisplay(preview)).toBe(narrow ? 'block' : 'table-row')
      await expectNoSidewaysScroll(page)
      await expectNoAxeViolations(page)
    })

    test('a ledger form’s errors name their fields, in the summary and beside each field', async ({
      page,
    }) => {
      await openPage(page, '/ledger/accounts/new')
      await page.getByLabel('公众号名称').fill('名'.repeat(120))
      await page.getByRole('button', { name: '保存' }).click()
      const summary = page.getByRole('alert')
      await expect(summary).toBeFocused()
      await expect(summary.getByRole('link')).toHaveText([
        '公众号名称最多 100 个字，现在有 120 个，请删减',
        '请选择主体',
        '登录邮箱：请输入邮箱',
      ])
      await expect(page.getByText('请填写这一项')).toHaveCount(0)
      await summary.getByRole('link', { name: '登录邮箱：请输入邮箱' }).click()
      await expect(page.getByLabel('登录邮箱')).toBeFocused()
      await expect(page.getByLabel('登录邮箱')).toHaveAccessibleDescription(/登录邮箱：请输入邮箱/)
      await expectNoSidewaysScroll(page)
      await expectNoAxeViolations(page)
    })

    test('the FAQ finds questions asked in everyday words', async ({ page }) => {
      await openPage(page, '/faq')
      const search = page.getByRole('searchbox', { name: '搜索问题，或粘贴平台的提示' })
      const contents = page.getByRole('navigation', { name: '问题列表' })
      for (const [query, question] of [
        ['多少钱', '注册小程序要花多少钱？'],
        ['个人能注册吗', '个人可以注册小程序吗？'],
        ['名称被占用', '想用的小程序名称被占用了怎么办？'],
        ['忘记密码', '忘记了登录密码或登录邮箱怎么办？'],
      ] as const) {
        await search.fill(query)
        await expect(contents.getByRole('link')).toHaveText([question])
        await expect(page.getByRole('article', { name: question })).toBeVisible()
      }
      await expectNoSidewaysScroll(page)
      await expectNoAxeViolations(page)
    })
  })
}

test.describe('the header at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 800 } })

  test('folds the navigation and 规则版本 behind 菜单, which works by keyboard', async ({ page }) => {
    await openPage(page, '/')
    const header = page.getByRole('banner')
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64)
    const button = page.getByRole('button', { name: '菜单' })
    const nav = page.getByRole('navigation', { name: '主要页面' })
    const ruleSet = page.getByRole('combobox', { name: '规则版本' })
    await expect(button).toHaveAttribute('aria-expanded', 'false')
    await expect(nav).toBeHidden()
    await expect(ruleSet).toBeHidden()
    await expectNoAxeViolations(page)

    await page.keyboard.press('Tab') // the skip link
    await page.keyboard.press('Tab') // the site's name
    await page.keyboard.press('Tab')
    await expect(button).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await expect(nav).toBeVisible()
    await expect(ruleSet).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Tab')
    await expect(nav.getByRole('link', { name: '首页' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(button).toHaveAttribute('aria-expanded', 'false')
    await expect(button).toBeFocused()
    await expect(nav).toBeHidden()

    await page.keyboard.press('Space')
    await expect(nav).toBeVisible()
    for (let n = 0; n < 6; n += 1) await page.keyboard.press('Tab')
    await expect(nav.getByRole('link', { name: '台账' })).toBeFocused()
    await page.keyboard.press('Enter')
    const heading = page.getByRole('heading', { level: 1, name: '台账' })
    await expect(heading).toBeFocused()
    await expect(button).toHaveAttribute('aria-expanded', 'false')
    await expect(nav).toBeHidden()
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64)
  })

  test('the 规则版本 switch works from inside the menu', async ({ page }) => {
    await openPage(page, '/rules')
    await page.getByRole('button', { name: '菜单' }).click()
    await page.getByRole('combobox', { name: '规则版本' }).selectOption('指南原文')
    await expect(page.getByText('规则版本：指南原文')).toBeVisible()
  })
})

test.describe('the header at 1280 px wide', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('shows the navigation and 规则版本 as they are, without a 菜单 button', async ({ page }) => {
    await openPage(page, '/')
    await expect(page.getByRole('button', { name: '菜单' })).toBeHidden()
    await expect(page.getByRole('navigation', { name: '主要页面' }).getByRole('link')).toHaveCount(9)
    await expect(page.getByRole('navigation', { name: '主要页面' })).toBeVisible()
    await expect(page.getByRole('combobox', { name: '规则版本' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
