import { expect, isLocal, openPage, test } from './support/fixtures'
import { notFound, routes } from './support/routes'

// The app works on a locked-down office network: it never fetches fonts, scripts, analytics or anything else
// from outside. The fixture fails any test on an off-origin request; this spec visits everything to prove it.
test('no request leaves 127.0.0.1 while visiting every page, and nothing logs an error', async ({
  page,
  guard,
}) => {
  for (const route of [...routes, notFound]) {
    await openPage(page, route.path)
    await page.waitForLoadState('networkidle')
  }

  // And by following links, which loads each page's code lazily.
  await openPage(page, '/')
  const nav = page.getByRole('navigation', { name: '主要页面' })
  for (const route of routes) {
    // A page outside the navigation is reached from the page it is linked from (the rule book's 变更记录 link).
    if (route.from && new URL(page.url()).pathname !== route.from) {
      await nav.locator(`a[href="${route.from}"]`).first().click()
      await expect(page).toHaveURL(new RegExp(`${route.from}$`))
    }
    const links = route.from ? page.getByRole('main') : nav
    await links.locator(`a[href="${route.path}"]`).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading)
  }
  await page.waitForLoadState('networkidle')

  expect(guard.requests.length).toBeGreaterThan(0)
  expect(guard.requests.filter((url) => !isLocal(url))).toEqual([])
  expect(guard.errors).toEqual([])
})

test('the favicon and robots.txt are served', async ({ request }) => {
  expect((await request.get('/favicon.svg')).ok()).toBe(true)
  expect((await request.get('/robots.txt')).ok()).toBe(true)
})
