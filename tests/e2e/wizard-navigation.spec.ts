import { expect, test } from './support/fixtures'
import {
  headings,
  masked,
  people,
  profile,
  subject,
  Wizard,
  type StepId,
  walkTimeout,
} from './support/wizard'

/** What a step page shows: URL, h1, and every field's value or checked state. */
async function snapshot(wizard: Wizard) {
  const fields = await wizard.page
    .locator('main input:not([type=file]), main textarea')
    .evaluateAll((inputs) =>
      (inputs as HTMLInputElement[]).map((input) =>
        input.type === 'checkbox' || input.type === 'radio'
          ? `${input.id}=${input.checked}`
          : `${input.id}=${input.value}`,
      ),
    )
  return { url: wizard.page.url(), heading: await wizard.heading().innerText(), fields }
}

test('browser Back and 上一步 lead to the same steps, as last seen', async ({ page }) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.start('standalone')
  await wizard.standaloneEnterpriseSubject({ email: 'mp-back@example.com' })

  const backwards: StepId[] = ['admin-verify', 'admin', 'verification-method', 'subject-info', 'subject-type']
  // 上一步, step by step.
  const byLink = []
  for (const step of backwards) {
    await page.getByRole('link', { name: '上一步' }).click()
    await wizard.expectStep(step)
    byLink.push(await snapshot(wizard))
  }
  // What was answered is there: the subject, the method, the admin (masked, with the name to keep).
  await expect(page.getByRole('radio', { name: '企业', exact: true })).toBeChecked()
  expect(byLink[3]!.fields).toEqual(
    expect.arrayContaining([`f-name=${subject.name}`, `f-creditCode=${subject.creditCode}`]),
  )
  expect(byLink[2]!.fields).toContain('f-method=true')

  // Forward again with 下一步, changing nothing (the saved admin goes on without retyping).
  for (const step of [...backwards].reverse().slice(1)) {
    await wizard.next().click()
    await wizard.expectStep(step)
  }
  await expect(page.getByText(`身份证 ${masked.adultIdCard}`)).toBeVisible()
  await wizard.next().click()
  await wizard.expectStep('confirm-subject')

  // The browser's Back button walks the same steps and shows them the same way.
  const byBrowser = []
  for (const step of backwards) {
    await page.goBack()
    await wizard.expectStep(step)
    byBrowser.push(await snapshot(wizard))
  }
  expect(byBrowser).toEqual(byLink)

  // And forward again with the browser.
  await page.goForward()
  await wizard.expectStep('subject-info')

  // At the first step there is no 上一步, only the way back to the list.
  await page.goto(page.url().replace(/subject-info$/, 'open-platform'))
  await wizard.expectStep('open-platform', { focus: false })
  await expect(page.getByRole('link', { name: '上一步' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: '返回注册列表' })).toBeVisible()
})

test('修改 on check answers returns to check answers', async ({ page }) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.start('standalone')
  await wizard.standaloneIndividual('mp-change@example.com', people.second)

  // 修改 the name: the profile, as answered; 下一步 returns straight to check answers.
  await page.getByRole('link', { name: '修改 小程序名称' }).click()
  await wizard.expectStep('profile')
  await expect(page.getByLabel('小程序名称')).toHaveValue(profile.name)
  await expect(page.getByLabel('介绍')).toHaveValue(profile.intro)
  await page.getByLabel('小程序名称').fill('门店排队助手')
  await wizard.next().click()
  await wizard.expectStep('review')
  await wizard.expectRow('小程序名称', '门店排队助手')
  await wizard.expectRow('介绍', profile.intro)

  // 修改 the admin and keep it as saved: 下一步 without retyping returns to check answers.
  await page.getByRole('link', { name: '修改 管理员姓名' }).click()
  await wizard.expectStep('admin')
  await expect(page.getByText('已保存的管理员：')).toBeVisible()
  await wizard.next().click()
  await wizard.expectStep('review')
  await wizard.expectRow('管理员身份证', '310***********0212')

  // 修改 the admin: all three typed again; the new admin verifies on the platform again (验证管理员),
  // then back to check answers with the new admin masked.
  await page.getByRole('link', { name: '修改 管理员身份证' }).click()
  await wizard.expectStep('admin')
  await expect(page.getByLabel('管理员姓名')).toHaveValue(people.second.name)
  await wizard.fillAdmin(people.third)
  await wizard.next().click()
  await wizard.confirm('admin-verify')
  await wizard.expectStep('review')
  await wizard.expectRow('管理员姓名', people.third.name)
  await wizard.expectRow('管理员身份证', '440***********0340')
  await wizard.expectRow('管理员手机', '137****1111')

  // What the platform has already taken cannot change: the subject type after 确认主体信息 has no 修改 ...
  await expect(page.getByRole('link', { name: '修改 主体类型' })).toHaveCount(0)
  await expect(wizard.row('主体类型')).toContainText('平台已锁定')
  await expect(page.getByRole('link', { name: '修改 管理员姓名' })).toBeVisible()
  // ... and opened by its URL, a change is refused.
  const reviewUrl = page.url()
  await page.goto(reviewUrl.replace(/review$/, 'subject-type'))
  await wizard.expectStep('subject-type', { focus: false })
  await page.getByRole('radio', { name: '企业', exact: true }).check()
  await wizard.next().click()
  await expect(wizard.errorSummary()).toBeFocused()
  await expect(wizard.errorSummary()).toContainText('这项信息已在平台上提交，不能再修改。')
  await wizard.checkPage('subject-type-locked')
  await page.goto(reviewUrl)
  await wizard.expectStep('review', { focus: false })
  await wizard.expectRow('主体类型', '个人')
  await wizard.submit({ arrived: true })
  await wizard.expectRow('小程序名称', '门店排队助手')
})

test('the URL of a step not yet open leads to the first step not done', async ({ page }) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.start('standalone')
  await wizard.standaloneAccount('mp-url@example.com')
  await wizard.subjectType('企业')
  await wizard.expectStep('subject-info')
  const url = (step: StepId) => page.url().replace(/[^/]+$/, step)
  // Typed straight in, a later step leads to the first one not done.
  await page.goto(url('profile'))
  await wizard.expectStep('subject-info', { focus: false })
  // Also after stepping back: the first step not done is still subject-info.
  await page.getByRole('link', { name: '上一步' }).click()
  await wizard.expectStep('subject-type')
  await page.getByRole('link', { name: '上一步' }).click()
  await wizard.expectStep('activate-email')
  await page.goto(url('admin'))
  await wizard.expectStep('subject-info', { focus: false })
  // A step that is done can be opened by its URL.
  await page.goto(url('account'))
  await wizard.expectStep('account', { focus: false })
  await expect(page.getByLabel('邮箱', { exact: true })).toHaveValue('mp-url@example.com')
  // An unknown step, too, leads to the first one not done.
  await page.goto(url('no-such-step' as StepId))
  await wizard.expectStep('subject-info', { focus: false })
})

test('switching path keeps the answers still valid on the other path', async ({ page }) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.reuseUncertified()
  await expect(page.getByText('已填写的主体信息会保留')).toBeVisible()
  await page.getByRole('button', { name: '改为单独注册' }).click()

  // The standalone path from its first step; the subject goes with it.
  await wizard.expectStep('open-platform')
  await wizard.confirm('open-platform')
  await wizard.confirm('choose-mini-program')
  await wizard.expectStep('account')
  await expect(page.getByLabel('邮箱', { exact: true })).toHaveValue('')
  await page.getByLabel('邮箱', { exact: true }).fill('mp-switch@example.com')
  await wizard.next().click()
  await wizard.confirm('activate-email')
  await wizard.carriedSubjectUpToMethod()

  // The list shows it as a standalone registration now.
  await page.goto('/register')
  const row = page.getByRole('row', { name: new RegExp(subject.name) })
  await expect(row).toContainText('单独注册')
  await expect(row).toContainText(headings['verification-method'])
})
