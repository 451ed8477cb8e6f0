// The ledger and the wizard together (issue 5): an official account with 9 same-subject associations in the
// ledger may fast-register a 10th through the wizard, and an 11th is blocked with the explanation page. The
// user types low counts on the 公众号 status step: the ledger's own figures are what the check uses.
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'
import { importLedger, ledgerFile, registeredPrograms } from './support/ledger'
import { headings, people, subject, Wizard, walkTimeout } from './support/wizard'

const account = { name: '示例服务号', email: 'oa@example.com' }
const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九']

/**
 * A ledger file: the subject, its certified service account, and 9 registered mini programs of the subject,
 * each associated with the account (same subject) in a month of 2025, so this month's quotas are untouched.
 */
function ledgerWithNineLinks(): string {
  const programs = registeredPrograms(9, {
    subjectId: 's1',
    accountId: 'o1',
    name: (n) => `示例门店${ordinals[n - 1]}号`,
  })
  return ledgerFile({
    subjects: [{ id: 's1', name: subject.name, type: 'enterprise', creditCode: subject.creditCode }],
    officialAccounts: [
      {
        id: 'o1',
        name: account.name,
        subjectId: 's1',
        accountType: 'service',
        certified: true,
        certExpiry: '2030-01-31',
        email: account.email,
      },
    ],
    ...programs,
    emails: [
      { id: 'e-o1', email: account.email, use: 'official-account', ownerId: 'o1' },
      ...programs.emails,
    ],
  })
}

/** The account's page in the ledger, opened from the list of accounts. */
async function openAccountPage(page: Page) {
  await openPage(page, '/ledger/accounts')
  await page.getByRole('link', { name: account.name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(account.name)
}

/** A new 复用 registration up to the 公众号 status step, submitted with low counts typed by the user. */
async function reuseUpToOaStatus(wizard: Wizard) {
  const { page } = wizard
  await wizard.start('reuse')
  await wizard.reuseSubject()
  await wizard.expectStep('oa-status')
  // The default rule set (现行规则) is the one whose figures this spec expects.
  await expect(page.getByText('规则版本：现行规则', { exact: true })).toBeVisible()
  await page.getByLabel('公众号名称').fill(account.name)
  await page.getByRole('radio', { name: '服务号' }).check()
  await page.getByRole('radio', { name: '已认证' }).check()
  await page.getByLabel('公众号的登录邮箱').fill(account.email)
  await wizard.oaContinue().click()
  await page.getByLabel('已关联的同主体小程序数量').fill('0')
  await wizard.oaContinue().click()
  await wizard.next().click()
}

test('an account with 9 same-subject links fast-registers a 10th, and an 11th is blocked with the explanation page', async ({
  page,
}) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  const ruleName = '公众号可关联的同主体小程序'

  await test.step('the ledger file is imported, and the account shows 9 / 10', async () => {
    await openPage(page, '/ledger')
    await importLedger(page, ledgerWithNineLinks())
    await openAccountPage(page)
    await expect(page.getByRole('link', { name: '同主体关联 9 / 10' })).toHaveAttribute(
      'href',
      '/rules#OA_LINK_SAME',
    )
    await expect(page.getByRole('link', { name: '本月新增关联 0 / 13' })).toBeVisible()
    await expect(page.getByRole('link', { name: '本月快速注册 0 / 5' })).toBeVisible()
    await expect(page.getByRole('link', { name: '示例门店九号（2025年9月15日 的关联）' })).toBeVisible()
  })

  await test.step('the 10th, through the wizard, is allowed: it takes the last room', async () => {
    await reuseUpToOaStatus(wizard)
    // 0 typed, 9 in the ledger: the warning counts the ledger's 9.
    await wizard.expectStep('open-mini-program')
    await expect(page.getByText(`注意：${ruleName}`)).toBeVisible()
    await expect(page.getByText('这将用掉最后一个名额（上限 10，已使用 9）。')).toBeVisible()
    await wizard.confirmHere()
    await wizard.confirm('fast-register')
    await wizard.qualifications({ operatorInfo: false })
    await wizard.account('store10@example.com')
    await wizard.confirm('activate-email')
    await wizard.registrationResult('注册成功，认证成功')
    await wizard.next().click()
    await wizard.reuseAdminToReview(people.second)
    await wizard.expectRow('注册方式', '复用公众号资质快速注册')
    await wizard.submit({ arrived: true })
    await expect(wizard.heading()).toHaveText(headings.done)

    await openAccountPage(page)
    await expect(page.getByRole('link', { name: '同主体关联 10 / 10' })).toHaveAttribute(
      'href',
      '/rules#OA_LINK_SAME',
    )
    await expect(page.getByRole('link', { name: '本月快速注册 1 / 5' })).toBeVisible()
    await expect(page.getByRole('link', { name: /^示例预约助手（.+ 的关联）$/ })).toBeVisible()
  })

  await test.step('the 11th is blocked at the 公众号 status step with the explanation page', async () => {
    await reuseUpToOaStatus(wizard)
    const heading = wizard.heading()
    await expect(heading).toHaveText(`无法继续：${ruleName}`)
    await expect(heading).toBeFocused()
    await expect(page).toHaveTitle(`无法继续：${ruleName} - 小程序注册向导`)
    await expect(page).toHaveURL(/\/register\/[0-9a-f-]{36}\/oa-status$/)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 2, name: ruleName })).toBeVisible()
    await expect(main).toMatchAriaSnapshot(`
      - heading "无法继续：${ruleName}" [level=1]
      - paragraph: 这一步违反了平台的数量限制或资格要求，平台会拒绝。
      - heading "${ruleName}" [level=2]
      - paragraph: 一个公众号最多关联 10 个同主体小程序。快速注册的小程序会自动关联，也计入这个数。
      - paragraph:
        - text: /规则 OA_LINK_SAME，来源：/
        - link /${ruleName}/
      - term: 上限
      - definition: 10 个
      - term: 已使用
      - definition: 10 个
      - term: 本次需要
      - definition: 1 个
      - term: 剩余
      - definition: 0 个
      - heading "可以怎么做" [level=3]
      - paragraph: 这个公众号的同主体关联已满。可以改为单独注册，或先解除不再使用的关联。
      - button "返回修改"
      - button "改为单独注册"
    `)
    await expect(main.getByRole('link', { name: new RegExp(`^${ruleName}`) })).toHaveAttribute(
      'href',
      '/rules#OA_LINK_SAME',
    )
    await expectNoAxeViolations(page)
  })

  await test.step('nothing of the blocked registration reached the ledger', async () => {
    await openAccountPage(page)
    await expect(page.getByRole('link', { name: '同主体关联 10 / 10' })).toBeVisible()
  })
})
