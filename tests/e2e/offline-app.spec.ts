import { expect, openPage, test } from './support/fixtures'
import { notFound, routes } from './support/routes'
import { Wizard } from './support/wizard'

// After the first visit the app works with the network off: its service worker (/sw.js) keeps every file, and any
// address of the app opens from it. The rest of the specs run without it (playwright.config.ts).
test.use({ serviceWorkers: 'allow' })

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`at ${viewport.width} px, with the network off after the first visit: every page, the wizard and the ledger`, async ({
    page,
    context,
    guard,
  }) => {
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    await openPage(page, '/')
    // The first visit: the service worker installs with every file, then takes charge of the page.
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready
      return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null
    })

    await context.setOffline(true)
    for (const route of [...routes, notFound]) {
      await page.goto(route.path)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading)
      await expect(page).toHaveTitle(route.title)
      if (route.path !== '/team') continue
      // The team page asks its server, which cannot be reached: it says so, and that request's failure is logged.
      await expect(page.getByRole('heading', { level: 2, name: '没有连接到团队服务器' })).toBeVisible()
      expect(guard.errors).toEqual(['console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED'])
      guard.errors.length = 0
    }

    // The wizard starts and moves on, offline.
    const wizard = new Wizard(page)
    await wizard.start('standalone')
    await wizard.expectStep('open-platform', { focus: false })

    // The ledger takes a record, offline, and still has it after a reload.
    await page.goto('/ledger/clients/new')
    await page.getByLabel('客户名称').fill('离线时添加的客户')
    await page.getByRole('button', { name: '保存' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('离线时添加的客户')
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('离线时添加的客户')
    await context.setOffline(false)
  })
}
