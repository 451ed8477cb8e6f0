import { expect, test } from './support/fixtures'
import { headings, logo, masked, people, pngBuffer, Wizard, walkTimeout } from './support/wizard'

// The two full walkthroughs of 单独注册 run at a phone's and a desktop's width, with a screenshot of each page.
for (const width of [360, 1280]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    test('an enterprise registers on its own to the end; the confirmation survives reload and Back', async ({
      page,
    }, testInfo) => {
      test.setTimeout(walkTimeout)
      const wizard = new Wizard(page, { screenshots: testInfo, checkOverflow: true })
      await wizard.start('standalone')
      await wizard.standaloneAccount('mp-enterprise@example.com')
      await wizard.subjectType('企业')
      await wizard.subjectInfo()
      await wizard.verificationMethod('微信认证')
      await wizard.admin(people.adult)

      // Once the admin step is done, the numbers are shown masked only.
      await wizard.expectStep('admin-verify')
      await expect(page.getByText(`身份证 ${masked.adultIdCard}，手机 ${masked.adultMobile}`)).toBeVisible()
      await expect(page.getByText(people.adult.idCard)).toHaveCount(0)
      await wizard.confirmBox().check()
      await wizard.next().click()

      await wizard.expectStep('confirm-subject')
      await wizard.expectRow('主体名称', '示例科技有限公司')
      await wizard.expectRow('统一社会信用代码', '91350100M000100Y43')
      await wizard.confirmBox().check()
      await wizard.next().click()

      // Certification: the materials, the fee; the profile does not open before it is approved.
      await wizard.expectStep('certification')
      await expect(page.getByText('加盖公章的《微信认证公函》')).toBeVisible()
      await expect(page.getByText(/^认证费 300 元，审核失败不退（规则 CERT_FEE/)).toBeVisible()
      await wizard.next().click()
      await expect(wizard.errorSummary()).toBeFocused()
      await expect(wizard.errorSummary()).toContainText('请先在上方记录平台上的结果')
      await expect(page).toHaveTitle(/^错误：/)
      await wizard.checkPage('certification-error')
      await wizard.recordCertification()
      await wizard.next().click()

      // The profile, with a real file: a non-square picture is only a warning, then a square one.
      await wizard.expectStep('profile')
      await page.getByLabel('小程序名称').fill('示例预约助手')
      await page.getByLabel('介绍').fill('在线预约门店服务，查看排队进度。')
      await wizard.uploadLogo({ name: 'wide.png', mimeType: 'image/png', buffer: pngBuffer(200, 100) })
      await expect(page.getByText('图片不是正方形（200×100）')).toBeVisible()
      await wizard.uploadLogo()
      await expect(page.getByText('图片不是正方形')).toHaveCount(0)
      await expect(page.getByRole('img', { name: '头像预览' })).toBeVisible()
      await wizard.checkPage('profile-filled')
      await wizard.next().click()

      // Check answers: only what applies to this path.
      await wizard.expectStep('review')
      await expect(page).toHaveTitle(`第 13 步，共 14 步：${headings.review} - 小程序注册向导`)
      await wizard.expectRow('注册方式', '单独注册')
      await wizard.expectRow('主体类型', '企业')
      await wizard.expectRow('主体验证方式', '微信认证')
      await wizard.expectRow('邮箱', 'mp-enterprise@example.com')
      await wizard.expectRow('管理员身份证', masked.adultIdCard)
      await wizard.expectRow('管理员手机', masked.adultMobile)
      await wizard.expectRow('头像（LOGO）', `logo.png（${logo.buffer.length} B）`)
      await wizard.expectRow('微信认证', '已通过')
      await expect(page.getByText('公众号')).toHaveCount(0)
      await expect(page.getByText('小额打款验证')).toHaveCount(0)
      await wizard.submit({ arrived: true })

      // The confirmation: what happens next, the summary; it survives a reload.
      await expect(page.getByText('注册信息已记录在这台电脑上。接下来：')).toBeVisible()
      // The main action records the AppID; publishing is not built yet, and its plain link says so.
      await expect(page.getByRole('button', { name: '保存 AppID' })).toBeVisible()
      await expect(page.getByRole('link', { name: '打开这个小程序的发布清单' })).toBeVisible()
      await expect(page.getByRole('button', { name: '打印' })).toBeVisible()
      await expect(page.getByRole('button', { name: '复制摘要' })).toBeVisible()
      await wizard.expectRow('小程序名称', '示例预约助手')
      await wizard.expectRow('微信认证', '已通过')
      const doneUrl = page.url()
      await page.reload()
      await wizard.expectStep('done', { focus: false })
      await wizard.expectRow('小程序名称', '示例预约助手')
      expect(page.url()).toBe(doneUrl)

      // Back after 提交 does not reopen editing: check answers and the steps redirect to the confirmation.
      await page.goBack()
      await expect(page).toHaveURL(doneUrl)
      await expect(wizard.heading()).toHaveText(headings.done)
      await expect(page.getByRole('button', { name: '提交' })).toHaveCount(0)
      await expect(page.getByRole('link', { name: '上一步' })).toHaveCount(0)
      await page.goto(doneUrl.replace(/done$/, 'profile'))
      await expect(page).toHaveURL(doneUrl)
      await expect(wizard.heading()).toHaveText(headings.done)
      // Nothing answered can be edited here: the one text box is the AppID, recorded after 提交.
      await expect(page.getByRole('textbox')).toHaveCount(1)
      await expect(page.getByRole('textbox', { name: 'AppID' })).toBeVisible()
      expect(wizard.visited.filter((s) => s !== 'done').at(-1)).toBe('review')
    })
  })
}

test('an individual registers on their own: no subject steps; an under-18 admin is refused', async ({
  page,
}) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.start('standalone')
  await wizard.standaloneAccount('mp-individual@example.com')
  await wizard.subjectType('个人')

  // The admin of an individual subject is the individual: an ID card of someone under 18 is refused.
  await wizard.expectStep('admin')
  await wizard.fillAdmin(people.child)
  await wizard.next().click()
  const message = '个人主体的管理员须年满18周岁，这个身份证号码的持有人未满18周岁'
  await expect(wizard.errorSummary()).toBeFocused()
  await expect(wizard.errorSummary().getByRole('link', { name: message })).toBeVisible()
  await expect(page).toHaveTitle(new RegExp(`^错误：第 6 步.*：${headings.admin} - 小程序注册向导$`))
  const idCard = page.getByLabel('管理员身份证')
  await expect(idCard).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('.field', { has: idCard })).toContainText(message)
  // Nothing typed is cleared.
  await expect(page.getByLabel('管理员姓名')).toHaveValue(people.child.name)
  await expect(idCard).toHaveValue(people.child.idCard)
  await expect(page.getByLabel('管理员手机')).toHaveValue(people.child.mobile)
  await wizard.checkPage('admin-underage')
  // The summary's link takes focus to the field.
  await wizard.errorSummary().getByRole('link', { name: message }).click()
  await expect(idCard).toBeFocused()

  await wizard.fillAdmin(people.second)
  await wizard.next().click()
  await wizard.confirm('admin-verify')
  await wizard.expectStep('confirm-subject')
  await wizard.expectRow('主体类型', '个人')
  await wizard.confirmBox().check()
  await wizard.next().click()
  await wizard.profile()
  await wizard.expectStep('review')
  await expect(page).toHaveTitle(`第 10 步，共 11 步：${headings.review} - 小程序注册向导`)
  await wizard.expectRow('主体类型', '个人')
  await wizard.expectRow('管理员身份证', '310***********0212')
  for (const absent of ['主体名称', '统一社会信用代码', '主体验证方式', '微信认证']) {
    await expect(page.getByRole('term').getByText(absent, { exact: true })).toHaveCount(0)
  }
  await wizard.submit({ arrived: true })

  // Exactly the individual's steps: no subject info, no verification method, no certification or transfer.
  expect([...new Set(wizard.visited)]).toEqual([
    'open-platform',
    'choose-mini-program',
    'account',
    'activate-email',
    'subject-type',
    'admin',
    'admin-verify',
    'confirm-subject',
    'profile',
    'review',
    'done',
  ])
})
