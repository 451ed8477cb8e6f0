import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { headings, Wizard } from './support/wizard'

// A step change is one render: when the URL changes to the next step, the next step's heading is already on the
// page and has focus, before anything else runs (no task, no frame between). It breaks if navigate()'s flushSync
// is dropped: RouterProvider imported from 'react-router' rather than 'react-router/dom', or the wizard's pages
// in a <Routes> of their own. An order of events is checked, not a time.

/** Clicks 下一步 and reports what the page showed in the first microtask after the URL changed. */
async function nextAndLook(page: Page) {
  return page.evaluate(async () => {
    const before = document.querySelector('h1')?.textContent
    const push = history.pushState.bind(history)
    const seen = new Promise<{ heading: string | null | undefined; focused: boolean; path: string }>(
      (done) => {
        history.pushState = (...args: Parameters<History['pushState']>) => {
          push(...args)
          history.pushState = push
          // The router renders right after pushState, in the same call; a microtask later it must be on screen.
          queueMicrotask(() => {
            const h1 = document.querySelector('h1')
            done({
              heading: h1?.textContent,
              focused: document.activeElement === h1,
              path: location.pathname,
            })
          })
        }
      },
    )
    const next = [...document.querySelectorAll('button')].find((b) => b.textContent === '下一步')
    next?.click()
    return { before, after: await seen }
  })
}

test('下一步 shows the next step in the same task as the URL changes: an instruction step and the account step', async ({
  page,
}) => {
  const wizard = new Wizard(page)
  await wizard.start('standalone')
  await wizard.expectStep('open-platform')
  await wizard.confirmBox().check()
  const instruction = await nextAndLook(page)
  expect(instruction.after.path).toMatch(/\/choose-mini-program$/)
  expect(instruction.after.heading).toBe(headings['choose-mini-program'])
  expect(instruction.after.heading).not.toBe(instruction.before)
  expect(instruction.after.focused).toBe(true)

  await wizard.confirm('choose-mini-program')
  await wizard.expectStep('account')
  await page.getByLabel('邮箱', { exact: true }).fill('one-task@example.com')
  // The account step reads and writes the ledger first (IndexedDB), then saves and moves on in one render.
  const account = await nextAndLook(page)
  expect(account.after.path).toMatch(/\/activate-email$/)
  expect(account.after.heading).toBe(headings['activate-email'])
  expect(account.after.focused).toBe(true)
  await wizard.expectStep('activate-email')
})
