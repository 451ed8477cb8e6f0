import { contentSecurityPolicy } from '../../security-headers'
import { expect, openPage, test } from './support/fixtures'
import { notFound, routes } from './support/routes'

// The built app is served with a strict Content-Security-Policy (security-headers.ts; vite preview sets it, so
// every spec runs under it). Here: every page comes with the headers and loads without a single violation, and
// an injected inline handler, the kind of thing hostile input would try, is refused by the browser.

declare global {
  interface Window {
    violations?: string[]
  }
}

test('every page is served with the security headers and loads without a CSP violation', async ({ page }) => {
  await page.addInitScript(() => {
    window.violations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations!.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  for (const route of [...routes, notFound]) {
    const response = await page.goto(route.path)
    const headers = response!.headers()
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy)
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy']).not.toContain('unsafe-inline')
    expect(headers['content-security-policy']).not.toContain('unsafe-eval')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['permissions-policy']).toContain('camera=()')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading)
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => window.violations), route.path).toEqual([])
  }
})

test('an inline event handler slipped into the page does not run', async ({ page, guard }) => {
  await openPage(page, '/')
  const ran = await page.evaluate(async () => {
    window.violations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations!.push(event.violatedDirective)
    })
    const marker = 'injected'
    // Resolves when the browser refuses the handler (the event a user never sees, but the policy reports).
    const refused = new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve))
    document.body.insertAdjacentHTML('beforeend', `<img src="x" onerror="document.title='${marker}'">`)
    await refused
    return document.title === marker
  })
  expect(ran).toBe(false)
  expect(await page.evaluate(() => window.violations)).toContainEqual(expect.stringMatching(/^script-src/))
  // The refused handler and the missing image are logged by the browser; that is the point of this test.
  guard.errors = []
})
