import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'

// 路径判断, as a new user tripped over it (issue 10): a plan above the subject's total with the count held left
// blank, a count out of range (typed or in a link), full-width digits, and an answer that says each reason once,
// names its rule, and lists only the advised path's preparation.

test.describe.configure({ timeout: 120_000 })

const tenThousandDigits = '9'.repeat(10_000)

/** Chooses the subject type and 没有公众号, and types how many are wanted, by label; then 查看答复. */
async function ask(page: Page, subjectType: string, wanted: string): Promise<void> {
  await openPage(page, '/advisor')
  await page.getByRole('radio', { name: subjectType, exact: true }).check()
  await page.getByRole('radio', { name: '没有公众号' }).check()
  await page.getByLabel('打算注册几个小程序？').fill(wanted)
  await page.getByRole('button', { name: '查看答复' }).click()
}

/** The part of the answer under a heading (为什么, 需要准备…). */
function part(page: Page, heading: string | RegExp): Locator {
  return page.getByRole('heading', { level: 3, name: heading, exact: true }).locator('xpath=..')
}

async function shoot(page: Page, name: string, width: number): Promise<void> {
  await page.screenshot({ path: `/tmp/advisor-${name}-${width}.png`, fullPage: true })
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] })

    test('an enterprise planning 60, the count held blank: the total of 50, the rule, and an answer for 50', async ({
      page,
    }) => {
      await ask(page, '企业', '60')
      const answer = page.getByRole('region', { name: '答复' })
      await expect(page.getByRole('heading', { level: 2, name: '答复' })).toBeFocused()
      await expect(answer.getByText('打算注册的 60 个超过了企业主体最多 50 个小程序的上限')).toHaveText(
        '打算注册的 60 个超过了企业主体最多 50 个小程序的上限，哪条路径都注册不了这么多。' +
          '没有填写“这个主体已经有几个小程序？”，下面假设这个主体还没有小程序，按最多能注册的 50 个答复：' +
          '建议走“单独注册”。',
      )
      const why = part(page, '为什么')
      await expect(why).toContainText('企业主体最多 50 个小程序，多出的 10 个哪条路径都注册不了。')
      await expect(why.getByRole('link', { name: '同一主体可注册的小程序数量' })).toHaveAttribute(
        'href',
        '/rules#SUBJECT_TOTAL',
      )
      await expect(part(page, '费用')).toContainText('50 个小程序的费用')
      await expect(part(page, '需要准备')).toContainText('50 个新邮箱')
      await shoot(page, 'over-total', width)
      await expectNoAxeViolations(page)

      await why.getByRole('link', { name: '同一主体可注册的小程序数量' }).click()
      await expect(page).toHaveURL(/\/rules#SUBJECT_TOTAL$/)
      await expect(page.getByRole('article', { name: '同一主体可注册的小程序数量' })).toBeFocused()
    })

    test('a 个体工商户 planning 6: the total of 5', async ({ page }) => {
      await ask(page, '个体工商户', '6')
      const answer = page.getByRole('region', { name: '答复' })
      await expect(answer).toContainText(
        '打算注册的 6 个超过了个体工商户主体最多 5 个小程序的上限，哪条路径都注册不了这么多。',
      )
      await expect(answer).toContainText('按最多能注册的 5 个答复：建议走“单独注册”。')
      await expect(part(page, '为什么')).toContainText(
        '个体工商户主体最多 5 个小程序，多出的 1 个哪条路径都注册不了。',
      )
    })

    test('a 10,000-digit count is refused with the range, typed or in a link', async ({ page }) => {
      await ask(page, '企业', tenThousandDigits)
      const summary = page.getByRole('alert')
      await expect(summary).toBeFocused()
      await expect(summary.getByRole('link')).toHaveText('请输入打算注册几个小程序：1 到 999 之间的整数')
      await expect(page.getByLabel('打算注册几个小程序？')).toHaveValue(tenThousandDigits)
      await expect(page.getByRole('heading', { name: '答复' })).toHaveCount(0)
      await expect(page).toHaveTitle(/^错误：/)
      await shoot(page, 'range', width)
      await expectNoAxeViolations(page)

      await openPage(page, `/advisor?subject=enterprise&oa=none&n=${tenThousandDigits}&rs=current`)
      await expect(page.getByRole('alert')).toContainText('请输入打算注册几个小程序：1 到 999 之间的整数')
      await expect(page.getByRole('heading', { name: '答复' })).toHaveCount(0)
    })

    test('full-width １２ is accepted as 12', async ({ page }) => {
      await ask(page, '企业', '\uff11\uff12')
      await expect(page.getByRole('alert')).toHaveCount(0)
      await expect(page.getByRole('heading', { level: 2, name: '答复' })).toBeFocused()
      await expect(part(page, '费用')).toContainText('12 个小程序的费用')
      await expect(part(page, '需要准备')).toContainText('12 个新邮箱')
    })

    test('the answer says each reason once, on its rule by name, and the advised path’s items only', async ({
      page,
    }) => {
      await openPage(page, '/advisor?subject=enterprise&oa=subscription&certified=0&same=1&n=1&rs=current')
      await expect(page.getByText('建议走“单独注册”。')).toBeVisible()
      const reasons = [
        ...(await part(page, '为什么').getByRole('listitem').allInnerTexts()),
        ...(await part(page, /为什么不走/)
          .getByRole('listitem')
          .allInnerTexts()),
      ]
      expect(reasons.length).toBeGreaterThan(2)
      expect(new Set(reasons).size).toBe(reasons.length)
      const comparison = part(page, '为什么').getByRole('listitem').filter({ hasText: '单独注册更省钱' })
      await expect(comparison.getByRole('link')).toHaveText('微信认证费')
      await expect(part(page, /为什么不走/).getByRole('link', { name: '快速注册后的认证结果' })).toBeVisible()
      await expect(page.getByRole('region', { name: '答复' })).not.toContainText('来源：')

      const needs = part(page, '需要准备')
      await expect(needs).toContainText('认证费每个 300 元')
      await expect(needs).not.toContainText('公众号的登录方式')
      await expect(needs).not.toContainText('先为公众号完成微信认证')
      await shoot(page, 'reasons', width)
      await expectNoAxeViolations(page)

      await page.getByRole('button', { name: '复制答复' }).click()
      await expect(page.getByText('已复制答复，可以直接粘贴发送')).toBeVisible()
      const message = await page.evaluate(() => navigator.clipboard.readText())
      const bullets = message.split('\n').filter((line) => line.startsWith('- '))
      expect(new Set(bullets).size).toBe(bullets.length)
      expect(message).toContain('单独注册更省钱。（微信认证费）')
      expect(message).not.toContain('公众号的登录方式')
      expect(message).not.toMatch(/规则 [A-Z_]+/)
    })

    // rule: REUSE_CERT_OUTCOME — under current a fast-registered mini program starts uncertified and pays CERT_FEE
    // (registerMiniprogramByOffiaccount, "默认为未认证状态"): the reuse totals include it; guide's 0 stays beside.
    test('a reuse plan under current: the totals include each certification, and say why', async ({
      page,
    }) => {
      await openPage(page, '/advisor?subject=enterprise&oa=service&certified=1&same=1&n=3&rs=current')
      const fees = part(page, '费用')
      const reuseRow = fees.getByRole('row', { name: /^复用公众号资质快速注册/ })
      await expect(reuseRow).toContainText('900 元')
      await expect(reuseRow).toContainText('指南原文：0 元')
      await expect(fees).toContainText('复用资质的费用里包括每个新小程序单独申请微信认证的费用')
      await expect(part(page, /为什么不走/)).toContainText('快速注册的新小程序默认未认证')
      await shoot(page, 'reuse-current', width)
      await page.screenshot({ path: `/tmp/c-advisor-reuse-${width}.png`, fullPage: true })
      await expectNoAxeViolations(page)
    })

    // rule: CERT_FEE — a government body's fee varies (third-party: free for government bodies, 300 otherwise).
    test('a fee that varies is a range with a caution, never one figure', async ({ page }) => {
      await openPage(page, '/advisor?subject=government&oa=service&certified=1&same=1&n=2&rs=current')
      const fees = part(page, '费用')
      await expect(fees.getByRole('row', { name: /^单独注册/ })).toContainText('0–300 元')
      await expect(fees).toContainText('政府主体的认证费：0–300 元（因单位而异，部分单位免费）')
      await page.screenshot({ path: `/tmp/c-advisor-government-${width}.png`, fullPage: true })
      await expectNoAxeViolations(page)
    })
  })
}
