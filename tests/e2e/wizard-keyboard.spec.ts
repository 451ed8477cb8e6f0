import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { logo, people, profile, subject, tabTo, todayInChina, Wizard, walkTimeout } from './support/wizard'

// 单独注册 of an enterprise from 开始 to 提交 with the keyboard alone: Tab, Space, Enter and typing. No clicks.

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field)
  await page.keyboard.type(text)
  await expect(field).toHaveValue(text)
}

async function press(page: Page, control: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, control)
  await page.keyboard.press(key)
}

test('the whole standalone path done with the keyboard alone', async ({ page }) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  const next = wizard.next()
  const confirmStep = async (step: Parameters<Wizard['expectStep']>[0]) => {
    await wizard.expectStep(step)
    await press(page, wizard.confirmBox(), 'Space')
    await expect(wizard.confirmBox()).toBeChecked()
    await press(page, next)
  }

  await page.goto('/register/new?path=standalone')
  await expect(wizard.heading()).toHaveText('开始单独注册小程序')
  await wizard.checkPage('new-standalone')
  await press(page, page.getByRole('button', { name: '开始', exact: true }))

  await confirmStep('open-platform')
  await confirmStep('choose-mini-program')

  await wizard.expectStep('account')
  await typeInto(page, page.getByLabel('邮箱', { exact: true }), 'mp-keyboard@example.com')
  await press(page, next)
  await confirmStep('activate-email')

  await wizard.expectStep('subject-type')
  // Tab reaches the group on its first radio (企业), Space picks it.
  await press(page, page.getByRole('radio', { name: '企业', exact: true }), 'Space')
  await expect(page.getByRole('radio', { name: '企业', exact: true })).toBeChecked()
  await press(page, next)

  await wizard.expectStep('subject-info')
  await typeInto(page, page.getByLabel('主体名称'), subject.name)
  await typeInto(page, page.getByLabel('统一社会信用代码'), subject.creditCode)
  // Enter in a text field submits the step, as in any form.
  await page.keyboard.press('Enter')

  await wizard.expectStep('verification-method')
  await press(page, page.getByRole('radio', { name: '微信认证' }), 'Space')
  await press(page, next)

  await wizard.expectStep('admin')
  // A mistake first: the error summary takes focus and its link leads to the field.
  await typeInto(page, page.getByLabel('管理员姓名'), people.adult.name)
  await press(page, next)
  await expect(wizard.errorSummary()).toBeFocused()
  await wizard.checkPage('admin-errors')
  await press(page, wizard.errorSummary().getByRole('link', { name: '请输入管理员身份证号码' }))
  await expect(page.getByLabel('管理员身份证')).toBeFocused()
  await page.keyboard.type(people.adult.idCard)
  await typeInto(page, page.getByLabel('管理员手机'), people.adult.mobile)
  await press(page, next)

  await confirmStep('admin-verify')
  await confirmStep('confirm-subject')

  await wizard.expectStep('certification')
  // What the platform shows is a choice: Space ticks it, Enter on its 记录 button records it.
  await press(page, page.getByRole('checkbox', { name: Wizard.certApplied }), 'Space')
  await press(page, wizard.recordButton('认证申请'))
  await expect(page.getByText(`第 1 次申请：${todayInChina()} 提交，审核中`)).toBeVisible()
  // Tab reaches the results on the first radio (审核通过), Space picks it.
  await press(page, page.getByRole('radio', { name: '审核通过' }), 'Space')
  await expect(page.getByRole('radio', { name: '审核通过' })).toBeChecked()
  await press(page, wizard.recordButton('平台显示的审核结果'))
  await expect(page.getByText(`第 1 次申请：${todayInChina()} 提交，已通过`)).toBeVisible()
  await press(page, next)

  await wizard.expectStep('profile')
  await typeInto(page, page.getByLabel('小程序名称'), profile.name)
  await typeInto(page, page.getByLabel('介绍'), profile.intro)
  // Space on the file input opens the system's file dialog; the test answers the dialog.
  await tabTo(page, page.getByLabel('头像（LOGO）'))
  const chooser = page.waitForEvent('filechooser')
  await page.keyboard.press('Space')
  await (await chooser).setFiles(logo)
  await expect(page.getByText('已选择：logo.png')).toBeVisible()
  await press(page, next)

  await wizard.expectStep('review')
  await press(page, page.getByRole('button', { name: '提交', exact: true }))
  await wizard.expectStep('done')
  await wizard.expectRow('小程序名称', profile.name)
})
