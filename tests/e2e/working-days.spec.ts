import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'
import { Wizard } from './support/wizard'

// Dates counted in mainland China working days (issue 12): the State Council's holidays off, make-up days on, and
// past the last notice (2026) a plain note that only weekends were counted. The clock is fixed so the dates are.

test.describe.configure({ timeout: 180_000 })

/** Today in China is `date` (10:00 there), for every Date the page makes. */
async function todayIs(page: Page, date: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${date}T10:00:00+08:00`))
}

// An enterprise's certified service account with 2 fast registrations this month, 12 wanted, under the guide (reuse
// free): more than the account takes now, so the advisor draws its two plans.
const plansLink = '/advisor?subject=enterprise&oa=service&certified=1&same=1&month_fast=2&n=12&rs=guide'

for (const width of [360, 1280]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    test('the certification review: Spring Festival 2026 off, its make-up Saturdays on', async ({ page }) => {
      await todayIs(page, '2026-02-06')
      const wizard = new Wizard(page)
      await wizard.reuseUncertified()
      await wizard.recordChoice('认证申请', Wizard.certApplied)
      // Monday to Friday alone would say 2026-02-27
      await expect(
        page.getByText(
          '审核通常需要 1–15 个工作日，预计最晚 2026-03-05 前有结果（按中国大陆的工作日计算，已计入法定节假日和调休上班日）。',
        ),
      ).toBeVisible()
      await expect(page.getByRole('link', { name: /^国务院办公厅通知（2026年）/ })).toBeVisible()
      await expectNoAxeViolations(page)
      await page.screenshot({ path: `/tmp/wd-review-${width}.png`, fullPage: true })
    })

    test('the advisor’s plans: counted within the notices, said plainly past them', async ({ page }) => {
      await todayIs(page, '2025-03-14')
      await openPage(page, plansLink)
      const plans = page.getByRole('heading', { level: 3, name: '两种安排' }).locator('xpath=..')
      await expect(plans).toContainText(
        '以上日期按中国大陆的工作日推算：周末和法定节假日不算，调休上班的周末算。',
      )
      await expectNoAxeViolations(page)
      await plans.screenshot({ path: `/tmp/wd-plans-known-${width}.png` })

      await todayIs(page, '2026-12-01')
      await page.reload()
      await expect(plans).toContainText(
        '以上日期按中国大陆的工作日推算。2026年12月31日以后的法定节假日还没有公布，这之后的日期只扣除了周末，实际可能更晚。',
      )
      await expectNoAxeViolations(page)
      await plans.screenshot({ path: `/tmp/wd-plans-beyond-${width}.png` })
    })
  })
}
