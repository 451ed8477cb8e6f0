import { expect, test } from './support/fixtures'
import {
  masked,
  operatorAdminHeading,
  people,
  readAllStorage,
  todayInChina,
  Wizard,
  walkTimeout,
} from './support/wizard'

// The full walkthrough of 复用公众号资质 runs at a phone's and a desktop's width, with a screenshot of each page.
for (const width of [360, 1280]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    test('reuse with the operator info reused: the admin step confirms the operator as admin', async ({
      page,
    }, testInfo) => {
      test.setTimeout(walkTimeout)
      const wizard = new Wizard(page, { screenshots: testInfo, checkOverflow: true })
      await wizard.start('reuse')
      await wizard.reuseSubject()
      await wizard.oaStatus({ certified: true })
      // rule: OA_MENU_PATH — under current, today's back office: 广告与服务 → 小程序管理.
      await wizard.expectStep('open-mini-program')
      const instructions = page.locator('ol.instructions').getByRole('listitem')
      await expect(instructions).toHaveText(['公众号左侧导航依次点击“广告与服务 → 小程序管理”'])
      await wizard.confirmHere()
      await wizard.expectStep('fast-register')
      await expect(instructions.first()).toHaveText(
        '依次点击“广告与服务 → 小程序管理 → 添加 → 快速注册并认证小程序”',
      )
      await page.screenshot({ path: `/tmp/d-fast-register-${width}.png`, fullPage: true })
      await wizard.confirmHere()
      await wizard.qualifications({ operatorInfo: true })

      // The account step: the official account's own email is refused with the explanation page.
      await wizard.expectStep('account')
      await expect(page.getByLabel('邮箱', { exact: true })).toHaveAccessibleDescription(
        /邮箱。 不能使用公众号自己的登录邮箱（official-account@example.com），请换一个新邮箱。$/,
      )
      await page.getByLabel('邮箱', { exact: true }).fill('official-account@example.com')
      await wizard.next().click()
      await expect(wizard.heading()).toHaveText('无法继续：登录邮箱必须是新邮箱')
      await expect(wizard.heading()).toBeFocused()
      await expect(page.getByText('不能使用公众号自己的登录邮箱，请换一个新邮箱。')).toBeVisible()
      await wizard.checkPage('account-blocked')
      await page.getByRole('button', { name: '返回修改' }).click()
      await expect(page.getByLabel('邮箱', { exact: true })).toHaveValue('official-account@example.com')
      await page.getByLabel('邮箱', { exact: true }).fill('mp-reuse-operator@example.com')
      await wizard.next().click()

      await wizard.confirm('activate-email')
      await wizard.registrationResult('注册成功，认证成功')
      await wizard.next().click()

      // Operator info reused: the admin step is the operator's confirmation, still with name, ID card, mobile.
      await wizard.expectStep('admin', { heading: operatorAdminHeading })
      await expect(page.getByText('公众号的运营者将成为小程序管理员')).toBeVisible()
      await wizard.fillAdmin(people.adult)
      await wizard.next().click()
      await wizard.confirm('admin-verify')
      await wizard.profile()

      await wizard.expectStep('review')
      await wizard.expectRow('注册方式', '复用公众号资质快速注册')
      await wizard.expectRow('复用的资质', '主体资质、运营者信息、微信认证资质')
      await wizard.expectRow('公众号认证状态', '已认证')
      await wizard.expectRow('邮箱', 'mp-reuse-operator@example.com')
      await wizard.expectRow('管理员身份证', masked.adultIdCard)
      await wizard.expectRow('快速注册结果', '注册成功，认证成功')
      await wizard.submit({ arrived: true })
      await wizard.expectRow('快速注册结果', '注册成功，认证成功')
      expect([...new Set(wizard.visited)]).toEqual([
        'subject-type',
        'subject-info',
        'oa-status',
        'open-mini-program',
        'fast-register',
        'qualifications',
        'account',
        'activate-email',
        'registration-result',
        'admin',
        'admin-verify',
        'profile',
        'review',
        'done',
      ])
    })

    // rule: REUSE_QUALIFICATIONS — under current, API error 61056 requires 微信认证资质 of government, media and
    // other organisations only: an enterprise may leave it unticked, and check answers does not list it.
    test('an enterprise may leave 微信认证资质 unticked under current', async ({ page }) => {
      test.setTimeout(walkTimeout)
      const wizard = new Wizard(page, { checkOverflow: true })
      await wizard.start('reuse')
      await wizard.reuseSubject()
      await wizard.oaStatus({ certified: true })
      await wizard.confirm('open-mini-program')
      await wizard.confirm('fast-register')
      await wizard.expectStep('qualifications')
      const certification = page.getByRole('checkbox', { name: '微信认证资质' })
      await expect(certification).toHaveAccessibleDescription(/企业主体可以不勾选。$/)
      await expect(certification).not.toBeChecked()
      await page.screenshot({ path: `/tmp/d-qualifications-${width}.png`, fullPage: true })
      await wizard.next().click()
      await wizard.account('mp-reuse-no-cert@example.com', { reuse: true })
      await wizard.confirm('activate-email')
      await wizard.registrationResult('注册成功，认证审核中')
      await wizard.next().click()
      await wizard.reuseAdminToReview(people.second)
      await wizard.expectRow('复用的资质', '主体资质')
    })
  })
}

test('reuse with an uncertified account: it is certified first, then the registration goes on', async ({
  page,
}) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.reuseUncertified()
  await expect(page.getByText('公众号认证费 300 元（规则 CERT_FEE），审核通过前不能快速注册。')).toBeVisible()
  // 下一步 before the platform's answer is recorded: an error, not a silent skip.
  await wizard.next().click()
  await expect(wizard.errorSummary()).toBeFocused()
  await expect(wizard.errorSummary()).toContainText('请先在上方记录平台上的结果')
  await expect(page).toHaveTitle(/^错误：/)
  await wizard.checkPage('certify-oa-error')
  // Recorded as submitted: the wait and its deadline as a date, then approved.
  await wizard.recordChoice('认证申请', Wizard.certApplied)
  await expect(page.getByText(`第 1 次申请：${todayInChina()} 提交，审核中`)).toBeVisible()
  await expect(
    page.getByText(/^审核通常需要 \d+–\d+ 个工作日，预计最晚 \d{4}-\d{2}-\d{2} 前有结果/),
  ).toBeVisible()
  await wizard.checkPage('certify-oa-pending')
  await wizard.recordChoice('平台显示的审核结果', '审核通过')
  await expect(page.getByText(`第 1 次申请：${todayInChina()} 提交，已通过`)).toBeVisible()
  await wizard.next().click()

  await wizard.reuseRegistration({ email: 'mp-reuse-uncertified@example.com', operatorInfo: false })
  await wizard.registrationResult('注册成功，认证成功')
  await wizard.next().click()
  // Without the operator info, the admin step asks for an admin.
  await wizard.reuseAdminToReview(people.second)
  await wizard.expectRow('复用的资质', '主体资质、微信认证资质')
  // The account was certified on the way: the summary does not say it is not.
  await wizard.expectRow('公众号认证状态', '已认证')
  await wizard.submit({ arrived: true })
  await wizard.expectRow('公众号认证状态', '已认证')
  // The ledger records the account as certified too.
  const accounts = /^indexedDB mp-wizard-ledger\/officialAccounts values = (.*)$/m.exec(
    await readAllStorage(page),
  )
  expect(JSON.parse(accounts![1]!)).toEqual([
    expect.objectContaining({ email: 'official-account@example.com', certified: true }),
  ])
  expect(wizard.visited).toContain('certify-oa')
})

test('reuse ending in “小程序已完成注册，认证未成功”, with a re-application recorded', async ({ page }) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.start('reuse')
  await wizard.reuseSubject()
  await wizard.oaStatus({ certified: true })
  await wizard.reuseRegistration({ email: 'mp-reuse-failed@example.com', operatorInfo: false })

  await wizard.registrationResult('小程序已完成注册，认证未成功')
  await expect(page.getByText('之后请在小程序后台“设置 → 微信认证”重新发起认证')).toBeVisible()
  await wizard.checkPage('registration-result-failed')
  // The re-application: a paid application of the mini program's own.
  await wizard.recordChoice('认证申请', Wizard.certApplied)
  await expect(page.getByText(`第 1 次申请：${todayInChina()} 提交，审核中`)).toBeVisible()
  await expect(page.getByText('已支付认证费 1 次，共 300 元（不退）')).toBeVisible()
  await wizard.checkPage('registration-result-reapplied')
  await wizard.next().click()

  await wizard.reuseAdminToReview(people.third)
  await wizard.expectRow('快速注册结果', '小程序已完成注册，认证未成功')
  await wizard.expectRow('微信认证', '审核中')
  await wizard.submit({ arrived: true })
  await wizard.expectRow('快速注册结果', '小程序已完成注册，认证未成功')
  await wizard.expectRow('微信认证', '审核中')
  await expect(page.getByText('如果小程序还未认证或认证未成功，在“设置 → 微信认证”申请认证')).toBeVisible()
})

// rule: REUSE_CERT_OUTCOME — under current (registerMiniprogramByOffiaccount: "自2023年12月25日起…默认为未认证状态")
// the result step expects 未认证, selected first but recorded only when the operator confirms what the platform
// shows; the mini program's own certification follows, at CERT_FEE.
for (const width of [360, 1280]) {
  test(`reuse under current at ${width} px: 未认证 expected, recorded, and certified on its own`, async ({
    page,
  }) => {
    test.setTimeout(walkTimeout)
    await page.setViewportSize({ width, height: 800 })
    const wizard = new Wizard(page, { checkOverflow: true })
    await wizard.start('reuse')
    await wizard.reuseSubject()
    await wizard.oaStatus({ certified: true })
    await wizard.reuseRegistration({
      email: `mp-reuse-uncertified-${width}@example.com`,
      operatorInfo: false,
    })

    await wizard.expectStep('registration-result')
    const group = page.getByRole('group', { name: '平台显示的快速注册结果' })
    const expected = '注册成功，小程序未认证（需要单独申请认证）'
    await expect(group.getByRole('radio', { name: expected })).toBeChecked()
    await expect(group).toContainText('自2023年12月25日起，快速注册的新小程序默认是未认证状态')
    await wizard.checkPage('registration-result-expected')
    await page.screenshot({ path: `/tmp/c-reuse-result-${width}.png`, fullPage: true })
    await wizard.registrationResult(expected)
    await expect(page.getByRole('heading', { name: '单独申请微信认证' })).toBeVisible()
    await expect(page.getByText('单独认证需支付认证费 300 元，审核不通过不退。')).toBeVisible()
    await wizard.recordChoice('认证申请', Wizard.certApplied)
    await expect(page.getByText('已支付认证费 1 次，共 300 元（不退）')).toBeVisible()
    await wizard.checkPage('registration-result-separate')
    await page.screenshot({ path: `/tmp/c-reuse-result-recorded-${width}.png`, fullPage: true })
    await wizard.next().click()

    await wizard.reuseAdminToReview(width === 360 ? people.second : people.third)
    await wizard.expectRow('快速注册结果', expected)
    await wizard.expectRow('认证费（第 1 次申请）', `300 元，${todayInChina()} 提交，审核中`)
  })
}
