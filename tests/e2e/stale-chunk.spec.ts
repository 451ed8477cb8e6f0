import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'

// A page opened before a deploy asks for a page's code that the server no longer has (or the network drops just
// then): the page says so calmly and offers 重新加载, which brings the page.
test('a page whose code fails to load asks to reload, and reloading brings the page', async ({
  page,
  guard,
}) => {
  await openPage(page, '/')
  await page.route('**/assets/plan-page-*.js', (route) => route.abort())
  await page.getByRole('navigation', { name: '主要页面' }).getByRole('link', { name: '批量规划' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '需要重新加载' })).toBeFocused()
  await expect(page.getByText(/重新加载不会丢失/)).toBeVisible()
  await expect(page.getByRole('navigation', { name: '主要页面' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.unroute('**/assets/plan-page-*.js')
  await page.getByRole('button', { name: '重新加载' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '批量规划' })).toBeVisible()

  // What the browser logged is the blocked file, and nothing else.
  expect(guard.errors.length).toBeGreaterThan(0)
  for (const error of guard.errors)
    expect(error).toMatch(/Failed to load resource|plan-page|dynamically imported/)
  guard.errors = []
})
