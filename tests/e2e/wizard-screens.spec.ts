import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { headings, masked, people, tabTo, Wizard, walkTimeout } from './support/wizard'

// Issue 10, "What a new user tripped over": the progress text and phases, the admin-verify page, the reuse
// account step's hints, the locked 复用的资质 row and 公众号现在的状态 a group at a time, on both paths.

type PhaseState = '已完成' | '当前阶段' | '未完成' | '未开始'

/** The stepper as a user hears it: each phase with its state, and the one marked aria-current (if any). */
async function expectPhases(page: Page, expected: Record<string, PhaseState>): Promise<void> {
  const list = page.getByRole('list', { name: '注册阶段' })
  for (const [phase, state] of Object.entries(expected)) {
    await expect(list.getByRole('listitem').filter({ hasText: phase })).toContainText(`${phase}（${state}）`)
  }
  const current = Object.entries(expected).filter(([, state]) => state === '当前阶段')
  await expect(list.locator('[aria-current="step"]')).toHaveCount(current.length)
  if (current[0]) await expect(list.locator('[aria-current="step"]')).toContainText(current[0][0])
}

async function expectProgress(page: Page, text: string, heading: string): Promise<void> {
  await expect(page.getByText(text, { exact: true })).toBeVisible()
  await expect(page).toHaveTitle(`${text}：${heading} - 小程序注册向导`)
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: `/tmp/screens-${width}-${name}.png`, fullPage: true })

    test('standalone enterprise: the total as a range until known, and the phases at 确认主体信息', async ({
      page,
    }) => {
      test.setTimeout(walkTimeout)
      const wizard = new Wizard(page, { checkOverflow: true })
      await wizard.start('standalone')
      await wizard.expectStep('open-platform')
      await expectProgress(page, '第 1 步，共 11–14 步', headings['open-platform'])
      await expectPhases(page, { 平台注册: '当前阶段', 帐号: '未开始', 主体: '未开始', 验证: '未开始' })
      await shot(page, 'open-platform')
      await wizard.confirmHere()
      await wizard.confirm('choose-mini-program')
      await wizard.account('mp-screens@example.com')
      await wizard.confirm('activate-email')
      await wizard.expectStep('subject-type')
      await expectProgress(page, '第 5 步，共 11–14 步', headings['subject-type'])
      await page.getByRole('radio', { name: '企业', exact: true }).check()
      await wizard.next().click()
      // An enterprise has 14 steps whether it verifies by certification or by transfer: known from here.
      await wizard.expectStep('subject-info')
      await expectProgress(page, '第 6 步，共 14 步', headings['subject-info'])
      await wizard.subjectInfo()
      await wizard.verificationMethod('微信认证')
      await wizard.admin(people.adult)

      // 验证管理员: no fields, so nothing about retyping; where the full numbers are, without showing them.
      await wizard.expectStep('admin-verify')
      await expectPhases(page, { 主体: '未完成', 管理员: '当前阶段' })
      await expect(
        page.getByText(
          `要在平台上验证的管理员：${people.adult.name}，身份证 ${masked.adultIdCard}，手机 ${masked.adultMobile}。`,
        ),
      ).toBeVisible()
      await expect(
        page.getByText(
          '为保护个人信息，本工具只保存了打码后的号码。在平台上请照管理员本人的身份证填写完整的18位身份证号码，手机号码填写管理员本人的11位手机号码。',
        ),
      ).toBeVisible()
      await expect(page.getByText(/重新填写/)).toHaveCount(0)
      await expect(page.getByText(people.adult.idCard)).toHaveCount(0)
      await shot(page, 'admin-verify')
      await wizard.confirmHere()

      await wizard.expectStep('confirm-subject')
      await expectProgress(page, '第 10 步，共 14 步', headings['confirm-subject'])
      await expectPhases(page, {
        平台注册: '已完成',
        帐号: '已完成',
        主体: '当前阶段',
        管理员: '已完成',
        验证: '未开始',
        小程序信息: '未开始',
        核对提交: '未开始',
      })
      await shot(page, 'confirm-subject')
    })

    test('standalone individual: the total once the subject type is known, and the last page', async ({
      page,
    }) => {
      test.setTimeout(walkTimeout)
      const wizard = new Wizard(page, { checkOverflow: true })
      await wizard.start('standalone')
      await wizard.standaloneAccount('mp-screens-individual@example.com')
      await wizard.expectStep('subject-type')
      await expectProgress(page, '第 5 步，共 11–14 步', headings['subject-type'])
      await page.getByRole('radio', { name: '个人', exact: true }).check()
      await wizard.next().click()
      // No subject info, no verification: 11 steps, and no 验证 phase.
      await wizard.expectStep('admin')
      await expectProgress(page, '第 6 步，共 11 步', headings.admin)
      await expect(page.getByRole('list', { name: '注册阶段' }).getByText('验证')).toHaveCount(0)
      await wizard.fillAdmin(people.adult)
      await wizard.next().click()
      await wizard.confirm('admin-verify')
      await wizard.expectStep('confirm-subject')
      await expectPhases(page, { 主体: '当前阶段', 管理员: '已完成' })
      await wizard.confirmHere()
      await wizard.profile()
      await wizard.expectStep('review')
      await expectProgress(page, '第 10 步，共 11 步', headings.review)
      await expectPhases(page, { 核对提交: '当前阶段' })
      await wizard.submit({ arrived: true })

      // The last page: 核对提交 is done, nothing is current.
      await expectProgress(page, '第 11 步，共 11 步', headings.done)
      await expectPhases(page, {
        平台注册: '已完成',
        帐号: '已完成',
        主体: '已完成',
        管理员: '已完成',
        小程序信息: '已完成',
        核对提交: '已完成',
      })
      await expect(page.getByText(/当前阶段/)).toHaveCount(0)
      await shot(page, 'done')
    })

    test('reuse, 认证未成功: the status a group at a time by keyboard, the hints, the lock, and 验证 never ticked', async ({
      page,
    }) => {
      test.setTimeout(walkTimeout)
      const wizard = new Wizard(page, { checkOverflow: true })
      await wizard.start('reuse')
      await wizard.expectStep('subject-type', { heading: '公众号的主体是什么类型？' })
      await expectProgress(page, '第 1 步，共 14–15 步', '公众号的主体是什么类型？')
      await wizard.reuseSubject()

      await test.step('公众号现在的状态: one group at a time, by keyboard', async () => {
        await wizard.expectStep('oa-status')
        await expectProgress(page, '第 3 步，共 14–15 步', headings['oa-status'])
        const name = page.getByLabel('公众号名称')
        await expect(page.getByRole('heading', { level: 2, name: '公众号本身' })).toBeVisible()
        await expect(page.getByLabel('已关联的同主体小程序数量')).toHaveCount(0)
        await expect(wizard.next()).toHaveCount(0)
        await shot(page, 'oa-status-first')

        // 继续 with nothing answered: the error summary takes focus, its link focuses the field.
        await tabTo(page, wizard.oaContinue())
        await page.keyboard.press('Enter')
        await expect(wizard.errorSummary()).toBeFocused()
        await expect(page.getByLabel('已关联的同主体小程序数量')).toHaveCount(0)
        await wizard.checkPage('oa-status-error')
        await page.keyboard.press('Tab')
        await expect(page.getByRole('link', { name: '请输入公众号名称' })).toBeFocused()
        await page.keyboard.press('Enter')
        await expect(name).toBeFocused()

        await page.keyboard.type('示例科技服务号')
        await page.keyboard.press('Tab')
        await expect(page.getByRole('radio', { name: '订阅号' })).toBeFocused()
        await page.keyboard.press('ArrowRight')
        await expect(page.getByRole('radio', { name: '服务号' })).toBeChecked()
        await page.keyboard.press('Tab')
        await expect(page.getByRole('radio', { name: '已认证' })).toBeFocused()
        await page.keyboard.press('Space')
        await expect(page.getByRole('radio', { name: '已认证' })).toBeChecked()
        await page.keyboard.press('Tab')
        await expect(page.getByLabel('公众号的登录邮箱')).toBeFocused()
        await page.keyboard.type('official-account@example.com')
        // Enter in a field is 继续 too: the next group opens and its first field takes focus.
        await page.keyboard.press('Enter')
        await expect(page.getByRole('heading', { level: 2, name: '已关联的小程序' })).toBeVisible()
        await expect(page.getByLabel('已关联的同主体小程序数量')).toBeFocused()
        await expect(wizard.errorSummary()).toHaveCount(0)
        await page.keyboard.type('2')
        await tabTo(page, wizard.oaContinue())
        await page.keyboard.press('Enter')
        await expect(page.getByRole('heading', { level: 2, name: '本月的关联和快速注册' })).toBeVisible()
        await expect(page.getByLabel('本月新增关联的同主体小程序（不含快速注册）')).toBeFocused()
        await expect(wizard.oaContinue()).toHaveCount(0)
        await expect(name).toHaveValue('示例科技服务号')
        await wizard.checkPage('oa-status-open')
        await shot(page, 'oa-status-open')
        await tabTo(page, wizard.next())
        await page.keyboard.press('Enter')
      })

      await wizard.confirm('open-mini-program')
      await wizard.confirm('fast-register')
      await wizard.qualifications({ operatorInfo: false })

      await test.step('the account step: two hints, each its own sentence, both describing the field', async () => {
        await wizard.expectStep('account')
        const email = page.getByLabel('邮箱', { exact: true })
        await expect(email).toHaveAccessibleDescription(
          '作为登录帐号，请填写未被微信公众平台注册，未被微信开放平台注册，未被个人微信号绑定的邮箱。 不能使用公众号自己的登录邮箱（official-account@example.com），请换一个新邮箱。',
        )
        await expect(
          page.getByText('不能使用公众号自己的登录邮箱（official-account@example.com），请换一个新邮箱。'),
        ).toBeVisible()
        await shot(page, 'account-reuse')
        await email.fill('mp-screens-reuse@example.com')
        await wizard.next().click()
      })

      await wizard.confirm('activate-email')
      await wizard.registrationResult('小程序已完成注册，认证未成功')
      await expectPhases(page, { 公众号: '已完成', 帐号: '已完成', 验证: '当前阶段' })
      await wizard.next().click()

      await wizard.expectStep('admin')
      await expectProgress(page, '第 10 步，共 14 步', headings.admin)
      await expectPhases(page, {
        主体: '已完成',
        公众号: '已完成',
        帐号: '已完成',
        验证: '未完成',
        管理员: '当前阶段',
        小程序信息: '未开始',
        核对提交: '未开始',
      })
      await shot(page, 'reuse-failed-admin')
      await wizard.reuseAdminToReview(people.second)

      await test.step('check answers: 复用的资质 is locked by the platform', async () => {
        await expect(wizard.row('复用的资质').getByText('平台已锁定')).toBeVisible()
        await expect(page.getByRole('link', { name: '修改 复用的资质' })).toHaveCount(0)
        await expect(page.getByRole('link', { name: '修改 小程序名称' })).toBeVisible()
        await expectPhases(page, { 验证: '未完成', 核对提交: '当前阶段' })
        await shot(page, 'reuse-review')
      })

      await wizard.submit({ arrived: true })
      await expectProgress(page, '第 14 步，共 14 步', headings.done)
      await expectPhases(page, { 验证: '未完成', 管理员: '已完成', 核对提交: '已完成' })
      await expect(page.getByText(/当前阶段/)).toHaveCount(0)
    })
  })
}
