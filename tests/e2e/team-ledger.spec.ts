import { randomBytes } from 'node:crypto'
import type { APIRequestContext, Browser, Page } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { requireRuleValue, ruleSets } from '../../src/domain'
import { addAdmin, addMiniProgram, fillMiniProgram } from './support/ledger'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'
import { addOperator, apiHeaders, owner, signInOwner, teamKey } from './support/team'

// 团队台账 in the browser, against the real team server (playwright.config.ts starts it on a fresh database and
// preview proxies /api): operators in browsers of their own switch this browser to the team's ledger, race for
// the last room on one ID card, and see a change made offline refused on reconnect (同步被拒).
test.describe.configure({ timeout: 120_000 })

const { limit } = requireRuleValue(ruleSets.current, 'ID_CARD_LIMIT')

/** The owner, through the API (the cookie kept by Playwright's request context). */
async function ownerApi(request: APIRequestContext) {
  await signInOwner(request)
  let sequence = 0
  const command = async (body: object) => {
    sequence += 1
    const id = `e2e-${Date.now()}-${sequence}-${randomBytes(4).toString('hex')}`
    const answer = await request.post(`${baseURL}/api/ledger/commands`, {
      data: { id, ...body },
      headers: apiHeaders,
    })
    const json = (await answer.json()) as { ok: boolean }
    expect(json, JSON.stringify(json)).toMatchObject({ ok: true })
    return json
  }
  return {
    addOperator: (tag: string) => addOperator(request, tag),
    /** An admin with `count` mini programs already on their ID card; returns the admin's name. */
    adminWith: async (tag: string, count: number) => {
      const name = `管理员${tag}`
      const adminId = `admin-${tag}-${randomBytes(4).toString('hex')}`
      await command({
        kind: 'save',
        table: 'admins',
        expectedVersion: null,
        record: {
          id: adminId,
          name,
          idCardMasked: '110***********123X',
          idCardHash: randomBytes(32).toString('hex'),
          mobileMasked: '138****1234',
          mobileHash: randomBytes(32).toString('hex'),
        },
      })
      for (let n = 1; n <= count; n += 1) {
        await command({
          kind: 'save',
          table: 'miniPrograms',
          expectedVersion: null,
          record: miniProgram(`${tag}-seed-${n}-${Date.now()}@example.com`, adminId),
        })
      }
      return { name, adminId }
    },
    command,
  }
}

function miniProgram(email: string, adminId: string) {
  return {
    email,
    adminId,
    path: 'standalone',
    status: 'registered',
    certStatus: 'none',
    createdOn: '2026-11-01',
    waitingOn: [],
  }
}

/** An operator in a browser of their own: signs in, pastes the team key, and switches to the team's ledger. */
async function operatorBrowser(
  browser: Browser,
  viewport: { width: number; height: number },
  who: { email: string; password: string },
) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await openPage(page, '/team')
  await page.getByLabel('邮箱').fill(who.email)
  await page.getByLabel('密码', { exact: true }).fill(who.password)
  await page.getByRole('button', { name: '登录' }).click()
  const section = page.getByRole('region', { name: '在本浏览器使用团队台账' })
  await section.getByLabel('团队密钥').fill(teamKey)
  await section.getByRole('button', { name: '保存密钥' }).click()
  await section.getByRole('button', { name: '使用团队台账' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '台账' })).toBeVisible()
  await expect(page.getByRole('region', { name: '团队台账' })).toContainText('已与团队服务器同步')
  await expect(page.getByText(`正在使用团队「星河代理」的台账（${who.email}）`)).toBeVisible()
  return { context, page }
}

async function expectSynced(page: Page) {
  await openPage(page, '/ledger')
  await expect(page.getByRole('region', { name: '团队台账' })).toContainText('已与团队服务器同步')
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${viewport.width} px wide`, () => {
    test.use({ viewport })

    test(`two operators race for the last room on one ID card (${limit} of ${limit}): exactly one gets it`, async ({
      browser,
      playwright,
    }) => {
      const request = await playwright.request.newContext()
      const api = await ownerApi(request)
      const tag = `race${viewport.width}`
      const admin = await api.adminWith(tag, limit - 1)
      const a = await operatorBrowser(browser, viewport, await api.addOperator(`${tag}a`))
      const b = await operatorBrowser(browser, viewport, await api.addOperator(`${tag}b`))

      // Both have the team's ledger in their browser: the admin's ID card with one room left.
      for (const { page } of [a, b]) {
        await expectSynced(page)
        await fillMiniProgram(page, `${tag}-${page === a.page ? 'a' : 'b'}@example.com`, {
          admin: admin.name,
        })
      }
      await Promise.all([a, b].map(({ page }) => page.getByRole('button', { name: '保存' }).click()))

      const outcome = async (page: Page) => {
        const refused = page.getByRole('region', { name: '超出额度，不能保存' })
        const saved = page.getByRole('heading', { level: 1, name: /@example\.com$/ })
        await expect(refused.or(saved)).toBeVisible()
        return (await refused.isVisible()) ? 'refused' : 'saved'
      }
      const results = [await outcome(a.page), await outcome(b.page)]
      expect([...results].sort()).toEqual(['refused', 'saved'])
      const losing = results[0] === 'refused' ? a.page : b.page
      await expect(losing.getByRole('region', { name: '超出额度，不能保存' })).toContainText(
        `同一身份证可绑定的小程序数量：已用 ${limit} / ${limit}`,
      )
      await expectNoAxeViolations(losing)

      // Each browser, and the server, holds exactly `limit` on that ID card; nothing is left 未确认.
      const pulled = await request.get(`${baseURL}/api/ledger?since=0`)
      const changes = (
        (await pulled.json()) as { changes: { table: string; record: { adminId?: string } | null }[] }
      ).changes
      expect(
        changes.filter((c) => c.table === 'miniPrograms' && c.record?.adminId === admin.adminId),
      ).toHaveLength(limit)
      for (const { page } of [a, b]) {
        await openPage(page, '/ledger/mini-programs')
        await page.getByLabel('查找小程序').fill(tag)
        await expect(page.getByText(`显示 ${limit} 条`)).toBeVisible()
        await expect(page.getByText('未确认')).toHaveCount(0)
      }
      // Another operator's change arrives in an open page without a reload (the page pulls every few seconds).
      const later = `${tag}-later@example.com`
      await api.command({
        kind: 'save',
        table: 'miniPrograms',
        expectedVersion: null,
        record: miniProgram(later, ''),
      })
      await expect(a.page.getByRole('link', { name: later })).toBeVisible({ timeout: 15_000 })
      await Promise.all([a.context.close(), b.context.close(), request.dispose()])
    })

    test('a change made offline shows 未确认; the server refuses it on reconnect and it is listed under 同步被拒', async ({
      browser,
      playwright,
    }) => {
      const request = await playwright.request.newContext()
      const api = await ownerApi(request)
      const tag = `offline${viewport.width}`
      const admin = await api.adminWith(tag, limit - 1)
      const a = await operatorBrowser(browser, viewport, await api.addOperator(tag))
      const errors: string[] = []
      a.page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))

      await expectSynced(a.page)
      const email = `${tag}-mine@example.com`
      await fillMiniProgram(a.page, email, { admin: admin.name })
      // The network goes (no page loads from here until it is back: the app moves between its pages itself).
      await a.context.setOffline(true)
      await a.page.getByRole('button', { name: '保存' }).click()
      await expect(a.page.getByRole('heading', { level: 1, name: email })).toBeVisible()
      await expect(a.page.getByText('这条记录的修改还没有被团队服务器确认。')).toBeVisible()
      await a.page.getByRole('link', { name: '返回台账' }).click()
      await expect(a.page.getByRole('heading', { level: 1, name: '台账' })).toBeFocused()
      const panel = a.page.getByRole('region', { name: '团队台账' })
      await expect(panel).toContainText('连不上团队服务器')
      await expect(panel).toContainText('1 项修改未确认')

      // Meanwhile another operator (the owner, here) takes the last room.
      await api.command({
        kind: 'save',
        table: 'miniPrograms',
        expectedVersion: null,
        record: miniProgram(`${tag}-theirs@example.com`, admin.adminId),
      })

      await a.context.setOffline(false)
      await panel.getByRole('button', { name: '立即同步' }).click()
      const notice = panel.getByRole('region', { name: '同步被拒' })
      await expect(notice).toContainText('1 项离线时做的修改被团队服务器拒绝')
      await expect(panel).not.toContainText('未确认')
      await notice.getByRole('link', { name: '查看同步被拒的修改' }).click()
      await expect(a.page.getByRole('heading', { level: 1, name: '同步被拒' })).toBeFocused()
      const entry = a.page.getByRole('region', { name: `新增小程序：${email}` })
      await expect(entry).toContainText(`同一身份证可绑定的小程序数量：已用 ${limit} / ${limit}`)
      await expect(entry.getByRole('link', { name: '重新填写' })).toHaveAttribute(
        'href',
        '/ledger/mini-programs/new',
      )
      await expectNoAxeViolations(a.page)
      expect(await a.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      )

      await entry.getByRole('button', { name: '放弃这项修改' }).click()
      await expect(a.page.getByText('没有被拒的修改。')).toBeVisible()
      await expect(a.page.getByRole('status').filter({ hasText: '已放弃这项修改。' })).toBeFocused()
      // The record this browser made offline is gone from its copy; the other operator's is there.
      await openPage(a.page, '/ledger/mini-programs')
      await a.page.getByLabel('查找小程序').fill(tag)
      await expect(a.page.getByRole('link', { name: `${tag}-theirs@example.com` })).toBeVisible()
      await expect(a.page.getByRole('link', { name: email })).toHaveCount(0)
      // The only console errors were the requests that could not go out while offline.
      expect(
        errors.filter((text) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(text)),
      ).toEqual([])
      await Promise.all([a.context.close(), request.dispose()])
    })

    test("the owner moves this browser's own ledger into the team: all or nothing, each conflict listed", async ({
      browser,
      playwright,
    }) => {
      const request = await playwright.request.newContext()
      const api = await ownerApi(request)
      const tag = `move${viewport.width}-${Date.now()}`
      // The team already has a mini program with this email.
      const clash = `${tag}-clash@example.com`
      await api.command({
        kind: 'save',
        table: 'miniPrograms',
        expectedVersion: null,
        record: miniProgram(clash, ''),
      })

      // The owner's browser, whose own key became the team's (set here, as 生成团队密钥 would have taken it).
      const adminName = viewport.width > 400 ? '搬家甲' : '搬家乙'
      const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
      const page = await context.newPage()
      await page.goto('/')
      await page.evaluate((key) => localStorage.setItem('mp-wizard.identity-key', key), teamKey)
      await openPage(page, '/ledger')
      await addAdmin(
        page,
        adminName,
        '11010519491231002X',
        `1390013${String(viewport.width).padStart(4, '0')}`,
      )
      await addMiniProgram(page, `${tag}-mine@example.com`, { admin: adminName })
      await addMiniProgram(page, clash, {})

      const toTeam = async () => {
        await openPage(page, '/team')
        await page.getByRole('button', { name: '使用团队台账' }).click()
        await expect(page.getByRole('region', { name: '团队台账' })).toContainText('已与团队服务器同步')
      }
      await openPage(page, '/team')
      await page.getByLabel('邮箱').fill(owner.email)
      await page.getByLabel('密码', { exact: true }).fill(owner.password)
      await page.getByRole('button', { name: '登录' }).click()
      await expect(page.getByText(`已登录：${owner.email}`)).toBeVisible()
      await toTeam()

      await page.getByRole('link', { name: '导出与导入' }).click()
      const section = page.getByRole('region', { name: '把本机台账导入团队' })
      await expect(section).toContainText('本机台账共有 5 条记录。')
      await section.getByRole('button', { name: '导入到团队台账' }).click()
      const refused = section.getByRole('alert')
      await expect(refused).toBeFocused()
      await expect(refused).toContainText('有 1 条记录不能导入，所以一条也没有导入')
      await expect(refused).toContainText(`小程序「${clash}」：这个邮箱已被团队台账中的另一条记录使用。`)
      await expectNoAxeViolations(page)
      await openPage(page, '/ledger/mini-programs')
      await page.getByLabel('查找小程序').fill(`${tag}-mine`)
      await expect(page.getByText('显示 0 条')).toBeVisible()

      // Back in this browser's own ledger, the clashing record goes; then everything comes in.
      await openPage(page, '/team')
      await page.getByRole('button', { name: '改用本机台账' }).click()
      await expect(page.getByRole('heading', { level: 1, name: '团队台账' })).toBeVisible()
      await openPage(page, '/ledger/mini-programs')
      await page.getByRole('link', { name: clash }).click()
      await page.getByRole('button', { name: `删除：${clash}` }).click()
      await page.getByRole('button', { name: '确认删除' }).click()
      await expect(page.getByRole('heading', { level: 1, name: '小程序' })).toBeVisible()
      await toTeam()
      await page.getByRole('link', { name: '导出与导入' }).click()
      await section.getByRole('button', { name: '导入到团队台账' }).click()
      await expect(section.getByRole('status')).toContainText('已导入')
      await openPage(page, '/ledger/mini-programs')
      await page.getByLabel('查找小程序').fill(`${tag}-mine`)
      await expect(page.getByRole('link', { name: `${tag}-mine@example.com` })).toBeVisible()
      await Promise.all([context.close(), request.dispose()])
    })
  })
}
