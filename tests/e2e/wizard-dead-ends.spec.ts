import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'
import { masked, people, profile, subject, todayInChina, Wizard, walkTimeout } from './support/wizard'

// What a new user tripped over (issue 10): a rejected certification, an expired small transfer and the
// confirmation page each have a way on. Recording what the platform shows is a choice with a quiet 记录 button;
// 下一步 stays the page's one primary (green) button.

/** The page's primary buttons and button-links, by their text. */
async function primaries(page: Page): Promise<string[]> {
  return page.locator('main .button--primary').allInnerTexts()
}

/** The admin a restarted registration keeps: masked, as one picked from the ledger. */
const keptAdmin = `使用台账中的管理员：${people.adult.name}，身份证 ${masked.adultIdCard}，手机 ${masked.adultMobile}。`

/** A new registration from 用新邮箱重新注册: its email, then the subject as carried (checked, not typed). */
async function newRegistrationUpToMethod(wizard: Wizard, email: string): Promise<void> {
  const { page } = wizard
  await wizard.expectStep('account')
  await expect(page.getByLabel('邮箱', { exact: true })).toHaveValue('')
  await wizard.account(email)
  await wizard.confirm('activate-email')
  await wizard.carriedSubjectUpToMethod()
}

/** On the admin step of a new registration: the admin carried, masked, goes on without typing. */
async function keptAdminGoesOn(wizard: Wizard): Promise<void> {
  await wizard.expectStep('admin')
  await expect(wizard.page.getByText(keptAdmin)).toBeVisible()
  await expect(wizard.page.getByLabel('管理员身份证')).toHaveCount(0)
  await wizard.next().click()
  await wizard.expectStep('admin-verify')
}

for (const width of [1280, 360]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    test('a rejected certification: asked first, then 重新申请 with its fee, or 小额打款 on a new registration', async ({
      page,
    }) => {
      test.setTimeout(walkTimeout)
      const wizard = new Wizard(page, { checkOverflow: true })
      await wizard.start('standalone')
      await wizard.standaloneEnterpriseSubject({ email: `mp-rejected-${width}@example.com` })
      await wizard.confirmHere()
      await wizard.expectStep('certification')
      expect(await primaries(page)).toEqual(['下一步'])

      await wizard.recordChoice('认证申请', Wizard.certApplied)
      await expect(page.getByText(`第 1 次申请：${todayInChina()} 提交，审核中`)).toBeVisible()
      expect(await primaries(page)).toEqual(['下一步'])
      await wizard.recordChoice('平台显示的审核结果', '审核未通过')
      const question = page.getByRole('group', { name: '确定记录“审核未通过”吗？' })
      await expect(question.getByText('确定记录“审核未通过”吗？')).toBeFocused()
      await expect(question).toContainText('已付的认证费（300 元）不退')
      await wizard.checkPage('certification-reject-question')
      await question.getByRole('button', { name: '确定，记录审核未通过' }).click()

      const rejected = page.getByRole('region', { name: '认证申请未通过' })
      await expect(rejected).toContainText('第 1 次申请未通过，这次申请已经结束')
      await expect(rejected).toContainText('新的申请需要再次支付认证费 300 元')
      await wizard.checkPage('certification-rejected')
      // 下一步 says what happened, not that nothing was recorded.
      await wizard.next().click()
      await expect(wizard.errorSummary()).toBeFocused()
      await expect(wizard.errorSummary()).toContainText('这次认证申请未通过，已经结束')
      await expect(wizard.errorSummary()).not.toContainText('请先在上方记录平台上的结果')
      const rejectedUrl = page.url()
      const rejectedId = wizard.caseId

      // 改用小额打款验证: a new registration (the method went with the subject), the subject and admin kept.
      await rejected.getByRole('button', { name: '用新邮箱重新注册，改用小额打款验证' }).click()
      await newRegistrationUpToMethod(wizard, `mp-transfer-${width}@example.com`)
      await expect(page.getByRole('radio', { name: '小额打款验证' })).toBeChecked()
      await wizard.next().click()
      await keptAdminGoesOn(wizard)
      expect(wizard.caseId).not.toBe(rejectedId)

      // 重新申请 on the rejected registration, which stayed open: a second paid application.
      await page.goto(rejectedUrl)
      await wizard.expectStep('certification', { focus: false })
      await wizard.recordChoice('重新申请', '我已重新提交认证申请，并再次支付认证费 300 元')
      await expect(page.getByText(`第 2 次申请：${todayInChina()} 提交，审核中`)).toBeVisible()
      await expect(page.getByText('已支付认证费 2 次，共 600 元（不退）')).toBeVisible()
      await expect(page.getByRole('region', { name: '认证申请未通过' })).toHaveCount(0)
      await wizard.recordChoice('平台显示的审核结果', '审核通过')
      await wizard.checkPage('certification-reapplied')
      await wizard.next().click()
      await wizard.expectStep('profile')
    })

    test('an expired transfer: confirmed first, then 用新邮箱重新注册 keeps the subject and the admin', async ({
      page,
    }) => {
      test.setTimeout(walkTimeout)
      const wizard = new Wizard(page, { checkOverflow: true })
      await wizard.start('standalone')
      await wizard.standaloneEnterpriseSubject({
        email: `mp-expired-${width}@example.com`,
        method: '小额打款验证',
      })
      await wizard.confirmHere()
      await wizard.expectStep('transfer')
      await wizard.startTransfer()
      expect(await primaries(page)).toEqual(['下一步'])

      // Asked first: Escape goes back to 记录 with nothing recorded.
      await wizard.recordChoice('平台显示的打款结果', '超过期限未完成（注册失败）')
      const question = page.getByRole('group', { name: '确定记录“超过期限未完成”吗？' })
      await expect(question.getByText('确定记录“超过期限未完成”吗？')).toBeFocused()
      await wizard.checkPage('transfer-expire-question')
      await page.keyboard.press('Escape')
      await expect(question).toHaveCount(0)
      await expect(wizard.recordButton('平台显示的打款结果')).toBeFocused()
      await expect(wizard.next()).toBeVisible()

      // Confirmed by keyboard: the registration failed, and the way on is the page's one primary action.
      await page.keyboard.press('Enter')
      await expect(question.getByText('确定记录“超过期限未完成”吗？')).toBeFocused()
      await page.keyboard.press('Tab')
      await expect(question.getByRole('button', { name: '确定，记录注册失败' })).toBeFocused()
      await page.keyboard.press('Enter')
      const failed = page.getByRole('region', { name: '注册失败' })
      await expect(failed).toContainText('主体类型、主体信息和管理员会保留，从填写邮箱开始')
      await expect(wizard.next()).toHaveCount(0)
      expect(await primaries(page)).toEqual(['用新邮箱重新注册'])
      await wizard.checkPage('transfer-failed')
      const failedId = wizard.caseId

      await failed.getByRole('button', { name: '用新邮箱重新注册' }).click()
      await newRegistrationUpToMethod(wizard, `mp-second-try-${width}@example.com`)
      expect(wizard.caseId).not.toBe(failedId)
      await wizard.page.getByRole('radio', { name: '小额打款验证' }).check()
      await wizard.next().click()
      await keptAdminGoesOn(wizard)

      // The list: the failed registration stays as failed, the new one is open.
      await openPage(page, '/register')
      const failedRow = page.getByRole('row').filter({ hasText: '注册失败' })
      await expect(failedRow).toHaveCount(1)
      await expect(failedRow.getByRole('link', { name: `查看：${subject.name}` })).toBeVisible()
      await expect(page.getByRole('link', { name: `继续：${subject.name}` })).toBeVisible()
      await expectNoAxeViolations(page)

      // The ledger: the failed registration is 注册失败 (not 进行中), the new one 进行中.
      await openPage(page, '/ledger/mini-programs')
      const ledgerRows = page.getByRole('table').getByRole('row')
      await expect(ledgerRows.filter({ hasText: `mp-expired-${width}@example.com` })).toContainText(
        '注册失败',
      )
      await expect(ledgerRows.filter({ hasText: `mp-second-try-${width}@example.com` })).toContainText(
        '进行中',
      )
    })

    test('the confirmation page records a validated AppID, and the ledger’s record shows it', async ({
      page,
    }) => {
      test.setTimeout(walkTimeout)
      const wizard = new Wizard(page, { checkOverflow: true })
      await wizard.start('standalone')
      await wizard.standaloneEnterprise({ email: `mp-appid-${width}@example.com` })
      await wizard.submit()

      // The panel; recording the AppID is the main action; publishing is a plain link that says it is coming.
      await expect(page.getByText(`“${profile.name}”已注册`)).toBeVisible()
      await expect(page.getByText('注册方式：单独注册')).toBeVisible()
      expect(await primaries(page)).toEqual(['保存 AppID'])
      await expect(page.getByRole('link', { name: '打开这个小程序的发布清单' })).toBeVisible()
      await wizard.expectRow('认证费（第 1 次申请）', `300 元，${todayInChina()} 提交，已通过`)
      await wizard.expectRow('认证费合计', '300 元（1 次申请，不退）')

      const field = page.getByRole('textbox', { name: 'AppID' })
      await field.fill('wx12')
      await page.getByRole('button', { name: '保存 AppID' }).click()
      const message = 'AppID以wx开头，后面是16位数字或小写字母a到f，请从开发设置中复制'
      await expect(wizard.errorSummary()).toBeFocused()
      await expect(wizard.errorSummary().getByRole('link', { name: message })).toBeVisible()
      await expect(page.locator('.field', { has: field })).toContainText(message)
      await wizard.checkPage('done-appid-refused')

      await field.fill('wx0123456789abcdef')
      await page.getByRole('button', { name: '保存 AppID' }).click()
      await expect(page.getByText('已记录 AppID：wx0123456789abcdef')).toBeFocused()
      await expect(page.getByText('AppID 已保存，台账中的记录也已更新。')).toBeVisible()
      await wizard.expectRow('AppID', 'wx0123456789abcdef')
      expect(await primaries(page)).toEqual(['返回注册列表'])
      await wizard.checkPage('done-appid-saved')
      await page.reload()
      await wizard.expectStep('done', { focus: false })
      await expect(page.getByText('已记录 AppID：wx0123456789abcdef')).toBeVisible()

      // The ledger's record of the mini program has it.
      await page.getByRole('link', { name: '在台账中查看小程序' }).click()
      await page.getByRole('link', { name: profile.name, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(profile.name)
      const appIdRow = page.locator('dt', { hasText: /^AppID$/ }).locator('xpath=following-sibling::dd[1]')
      await expect(appIdRow).toHaveText('wx0123456789abcdef')
      await expectNoAxeViolations(page)
    })
  })
}
