import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import {
  operatorAdminHeading,
  people,
  profile,
  reuseSubjectTypeHeading,
  subject,
  todayInChina,
  Wizard,
  type Person,
  type StepId,
  walkTimeout,
} from './support/wizard'

// A reload on every step of both paths brings back the same step (URL, h1) and what was typed so far.

/** Reloads and checks the step is restored: same URL, same h1 (focus stays put on a fresh load). */
async function reloadHere(wizard: Wizard, step: StepId, heading?: string): Promise<void> {
  const url = wizard.page.url()
  await wizard.page.reload()
  await expect(wizard.page).toHaveURL(url)
  await wizard.expectStep(step, { heading, focus: false })
}

/** An instruction step: tick the confirmation, reload, it is still ticked; go on. */
async function confirmAcrossReload(wizard: Wizard, step: StepId): Promise<void> {
  await wizard.expectStep(step)
  await wizard.confirmBox().check()
  await reloadHere(wizard, step)
  await expect(wizard.confirmBox()).toBeChecked()
  await wizard.next().click()
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true })

test('单独注册: a reload on every step restores it', async ({ page }) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.start('standalone')
  await confirmAcrossReload(wizard, 'open-platform')
  await confirmAcrossReload(wizard, 'choose-mini-program')

  await wizard.expectStep('account')
  await field(page, '邮箱').fill('mp-reload@example.com')
  await page.getByLabel('检查密码是否符合规则（选填）').fill('Reload#Secret99')
  await reloadHere(wizard, 'account')
  await expect(field(page, '邮箱')).toHaveValue('mp-reload@example.com')
  // The optional password check is never kept, not even as a draft.
  await expect(page.getByLabel('检查密码是否符合规则（选填）')).toHaveValue('')
  await wizard.next().click()

  await confirmAcrossReload(wizard, 'activate-email')

  await wizard.expectStep('subject-type')
  await page.getByRole('radio', { name: '企业', exact: true }).check()
  await reloadHere(wizard, 'subject-type')
  await expect(page.getByRole('radio', { name: '企业', exact: true })).toBeChecked()
  await wizard.next().click()

  await wizard.expectStep('subject-info')
  await page.getByLabel('主体名称').fill(subject.name)
  await reloadHere(wizard, 'subject-info')
  await expect(page.getByLabel('主体名称')).toHaveValue(subject.name)
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue('')
  await page.getByLabel('统一社会信用代码').fill(subject.creditCode)
  await wizard.next().click()

  await wizard.expectStep('verification-method')
  await page.getByRole('radio', { name: '微信认证' }).check()
  await reloadHere(wizard, 'verification-method')
  await expect(page.getByRole('radio', { name: '微信认证' })).toBeChecked()
  await wizard.next().click()

  await wizard.expectStep('admin')
  await page.getByLabel('管理员姓名').fill(people.adult.name)
  await page.getByLabel('管理员身份证').fill(people.adult.idCard)
  // The name is kept; the full ID card number never is, so after a reload it is asked for again, with why.
  await expect
    .poll(() => page.evaluate(() => JSON.stringify({ ...localStorage })))
    .toContain(people.adult.name)
  await reloadHere(wizard, 'admin')
  await expect(page.getByLabel('管理员姓名')).toHaveValue(people.adult.name)
  await expect(page.getByText('请重新填写身份证号码和手机号码')).toBeVisible()
  await expect(page.getByLabel('管理员身份证')).toHaveValue('')
  await expect(page.getByLabel('管理员手机')).toHaveValue('')
  await page.getByLabel('管理员身份证').fill(people.adult.idCard)
  await page.getByLabel('管理员手机').fill(people.adult.mobile)
  await wizard.next().click()

  await confirmAcrossReload(wizard, 'admin-verify')
  await confirmAcrossReload(wizard, 'confirm-subject')

  await wizard.expectStep('certification')
  await wizard.recordChoice('认证申请', Wizard.certApplied)
  await reloadHere(wizard, 'certification')
  await expect(page.getByText(`第 1 次申请：${todayInChina()} 提交，审核中`)).toBeVisible()
  await wizard.recordChoice('平台显示的审核结果', '审核通过')
  await reloadHere(wizard, 'certification')
  await expect(page.getByText(`第 1 次申请：${todayInChina()} 提交，已通过`)).toBeVisible()
  await wizard.next().click()

  await wizard.expectStep('profile')
  await page.getByLabel('小程序名称').fill(profile.name)
  await wizard.uploadLogo()
  await reloadHere(wizard, 'profile')
  await expect(page.getByLabel('小程序名称')).toHaveValue(profile.name)
  await expect(page.getByLabel('介绍')).toHaveValue('')
  await expect(page.getByText('已选择：logo.png')).toBeVisible()
  await page.getByLabel('介绍').fill(profile.intro)
  await wizard.next().click()

  await wizard.expectStep('review')
  await reloadHere(wizard, 'review')
  await wizard.expectRow('小程序名称', profile.name)
  await expect(wizard.row('头像（LOGO）')).toContainText('logo.png')
  await wizard.submit({ arrived: true })
  await reloadHere(wizard, 'done')
  await wizard.expectRow('主体名称', subject.name)
})

test('复用公众号资质: a reload on every step restores it', async ({ page }) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.start('reuse')
  await page.getByRole('radio', { name: '企业', exact: true }).check()
  await reloadHere(wizard, 'subject-type', reuseSubjectTypeHeading)
  await expect(page.getByRole('radio', { name: '企业', exact: true })).toBeChecked()
  await wizard.next().click()

  await wizard.expectStep('subject-info')
  await page.getByLabel('统一社会信用代码').fill(subject.creditCode)
  await reloadHere(wizard, 'subject-info')
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue(subject.creditCode)
  await page.getByLabel('主体名称').fill(subject.name)
  await wizard.next().click()

  await wizard.expectStep('oa-status')
  await page.getByLabel('公众号名称').fill('示例科技服务号')
  await page.getByRole('radio', { name: '未认证' }).check()
  await reloadHere(wizard, 'oa-status')
  await expect(page.getByLabel('公众号名称')).toHaveValue('示例科技服务号')
  await expect(page.getByRole('radio', { name: '未认证' })).toBeChecked()
  await page.getByRole('radio', { name: '订阅号' }).check()
  await page.getByLabel('公众号的登录邮箱').fill('official-account@example.com')
  await wizard.oaContinue().click()
  await page.getByLabel('已关联的同主体小程序数量').fill('3')
  // The groups answered open again after a reload, with what was typed.
  await reloadHere(wizard, 'oa-status')
  await expect(page.getByLabel('已关联的同主体小程序数量')).toHaveValue('3')
  await wizard.next().click()

  await wizard.expectStep('certify-oa')
  await wizard.recordChoice('认证申请', Wizard.certApplied)
  await reloadHere(wizard, 'certify-oa')
  await expect(page.getByText(`第 1 次申请：${todayInChina()} 提交，审核中`)).toBeVisible()
  await wizard.recordChoice('平台显示的审核结果', '审核通过')
  await wizard.next().click()

  await confirmAcrossReload(wizard, 'open-mini-program')
  await confirmAcrossReload(wizard, 'fast-register')

  await wizard.expectStep('qualifications')
  await page.getByRole('checkbox', { name: '运营者信息' }).check()
  await reloadHere(wizard, 'qualifications')
  await expect(page.getByRole('checkbox', { name: '运营者信息' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: '微信认证资质' })).not.toBeChecked()
  await page.getByRole('checkbox', { name: '微信认证资质' }).check()
  await wizard.next().click()

  await wizard.expectStep('account')
  await field(page, '邮箱').fill('mp-reload-reuse@example.com')
  await reloadHere(wizard, 'account')
  await expect(field(page, '邮箱')).toHaveValue('mp-reload-reuse@example.com')
  await wizard.next().click()

  await confirmAcrossReload(wizard, 'activate-email')

  await wizard.expectStep('registration-result')
  await wizard.recordChoice('平台显示的快速注册结果', '注册成功，认证审核中')
  await reloadHere(wizard, 'registration-result')
  await expect(page.getByRole('radio', { name: '注册成功，认证审核中' })).toBeChecked()
  await expect(page.getByText('已记录：注册成功，认证审核中')).toBeVisible()
  await wizard.next().click()

  await wizard.expectStep('admin', { heading: operatorAdminHeading })
  await page.getByLabel('管理员姓名').fill(people.second.name)
  await reloadHere(wizard, 'admin', operatorAdminHeading)
  await expect(page.getByLabel('管理员姓名')).toHaveValue(people.second.name)
  await page.getByLabel('管理员身份证').fill(people.second.idCard)
  await page.getByLabel('管理员手机').fill(people.second.mobile)
  await wizard.next().click()

  await confirmAcrossReload(wizard, 'admin-verify')

  await wizard.expectStep('profile')
  await page.getByLabel('介绍').fill(profile.intro)
  await reloadHere(wizard, 'profile')
  await expect(page.getByLabel('介绍')).toHaveValue(profile.intro)
  await page.getByLabel('小程序名称').fill(profile.name)
  await wizard.uploadLogo()
  await wizard.next().click()

  await wizard.expectStep('review')
  await reloadHere(wizard, 'review')
  await wizard.expectRow('快速注册结果', '注册成功，认证审核中')
  await wizard.submit({ arrived: true })
  await reloadHere(wizard, 'done')
  await wizard.expectRow('快速注册结果', '注册成功，认证审核中')
})

/** 单独注册 by small transfer up to its step, the transfer started: returns the deadline line shown. */
async function startTransfer(wizard: Wizard, email: string, admin: Person): Promise<string> {
  await wizard.start('standalone')
  await wizard.standaloneEnterpriseSubject({ email, method: '小额打款验证', admin })
  await wizard.confirmHere()
  await wizard.expectStep('transfer')
  await wizard.recordChoice('小额打款验证', '我已在平台上选择小额打款验证')
  const deadline = wizard.page.getByText(/^请在 \d{4}-\d{2}-\d{2} 前完成打款（\d+ 天内），否则注册失败。$/)
  await expect(deadline).toBeVisible()
  return deadline.innerText()
}

test('小额打款验证: marked done after its deadline is refused, in words, with nothing changed', async ({
  page,
}) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  const deadline = await startTransfer(wizard, 'mp-late-transfer@example.com', people.second)
  // Twenty days later, the operator comes back and says the transfer was made.
  await page.clock.setFixedTime(new Date(Date.now() + 20 * 24 * 60 * 60 * 1000))
  await reloadHere(wizard, 'transfer')
  await wizard.recordChoice('平台显示的打款结果', '打款已完成，平台显示验证通过')
  await expect(wizard.errorSummary()).toBeFocused()
  await expect(wizard.errorSummary()).toContainText('小额打款的期限已经过了，不能再记为“已完成”')
  await expect(wizard.errorSummary()).not.toContainText('transfer-deadline-passed')
  await expect(page.getByText(deadline)).toBeVisible()
  await wizard.checkPage('transfer-late')
})

test('小额打款验证: a reload on the transfer step keeps its deadline and result', async ({ page }) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  const text = await startTransfer(wizard, 'mp-reload-transfer@example.com', people.third)
  await reloadHere(wizard, 'transfer')
  await expect(page.getByText(text)).toBeVisible()
  await wizard.recordChoice('平台显示的打款结果', '打款已完成，平台显示验证通过')
  await reloadHere(wizard, 'transfer')
  // The day it was done, not its deadline.
  await expect(page.getByText(`已于 ${todayInChina()} 完成小额打款验证。`)).toBeVisible()
  await wizard.next().click()
  await wizard.expectStep('profile')
})
