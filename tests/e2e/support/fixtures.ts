import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

/** The WCAG levels the app promises: 2.0, 2.1 and 2.2, A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Runs axe on the page as it is now and fails with a readable list if anything is wrong. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze()
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }))
  expect(violations, `axe found accessibility problems on ${page.url()}`).toEqual([])
}

/** True for requests that stay on this machine (the preview server) or never touch the network. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true
  return hostname === '127.0.0.1'
}

type Guard = {
  /** Every request the page made, in order. */
  requests: string[]
  /** Requests that left 127.0.0.1. */
  offOrigin: string[]
  /** console.error messages and uncaught page errors. */
  errors: string[]
}

/**
 * `test` with an automatic guard: every test fails if the page sent any request off 127.0.0.1 or logged a
 * console error. Tests that expect an error can take `guard` and clear `guard.errors` themselves.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context }, use) => {
      const guard: Guard = { requests: [], offOrigin: [], errors: [] }
      context.on('request', (request) => {
        const url = request.url()
        guard.requests.push(url)
        if (!isLocal(url)) guard.offOrigin.push(url)
      })
      context.on('console', (message) => {
        if (message.type() === 'error') guard.errors.push(`console.error: ${message.text()}`)
      })
      context.on('weberror', (error) => {
        guard.errors.push(`uncaught: ${error.error().message}`)
      })
      await use(guard)
      expect(guard.offOrigin, 'requests that left 127.0.0.1').toEqual([])
      expect(guard.errors, 'console errors and uncaught exceptions').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Opens `path` and waits until the page's h1 is on screen (pages are loaded lazily). */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}
