import { expect, test } from './support/fixtures'
import { bmpBuffer, gifBuffer, jpegBuffer, textAsPng, truncatedPng } from './support/images'
import { importLedger, sampleLedgerFile } from './support/ledger'
import { logo, people, subject, Wizard, walkTimeout } from './support/wizard'

// Issue 10, what a new user tripped over: free text that the platform would refuse (rules SUBJECT_NAME,
// MP_NAME, MP_INTRO under 现行规则), a logo that is no picture (MP_LOGO), and a name already used (MP_NAME).

const hostile = '<script>alert(1)</script>'
const nameAllowed = '汉字、英文字母、数字、空格和“-”、“+”、“&”、“.”'
const subjectAllowed = '汉字、英文字母、数字和“（）”、“()”、“·”'
const messages = {
  subjectName: `主体名称里不能有“<”。主体名称只能使用${subjectAllowed}，请删去或换掉它`,
  name: `名称里不能有“<”。名称只能使用${nameAllowed}，请删去或换掉它`,
  intro: '介绍要用中文写，至少4个汉字，现在只有0个。请用中文说明小程序提供什么服务',
  invisible:
    '名称的第3个字符是看不见的零宽字符（U+200B），多半是复制粘贴时带进来的。请删掉它，或清空这一栏后重新输入',
  notAnImage: '这个文件的内容不是BMP、JPEG、GIF、PNG图片，可能只是改了扩展名。请换一张真正的图片',
  undecodable: '这张图片打不开，文件可能已损坏或不完整。请重新导出图片后再选',
  mismatch: '这个文件标为PNG格式，内容却是GIF图片。请用图片软件另存为PNG，或换一张',
}
// In the sample ledger: a registered mini program of 示例科技有限公司.
const nameInLedger = '示例工具'

for (const width of [360, 1280]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    test('hostile text and false pictures are refused in words; a good logo is taken; a name in the ledger is warned of', async ({
      page,
    }, testInfo) => {
      test.setTimeout(walkTimeout)
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      const wizard = new Wizard(page, { screenshots: testInfo, checkOverflow: true })
      const summary = wizard.errorSummary()

      await test.step('the ledger holds a mini program named 示例工具', async () => {
        await importLedger(page, sampleLedgerFile())
      })

      await test.step('主体名称: markup refused, naming its first character', async () => {
        await wizard.start('standalone')
        await wizard.standaloneAccount(`mp-fields-${width}@example.com`)
        await wizard.subjectType('企业')
        await wizard.expectStep('subject-info')
        await page.getByLabel('主体名称').fill(hostile)
        await page.getByLabel('统一社会信用代码').fill(subject.creditCode)
        await wizard.next().click()
        await expect(summary).toBeFocused()
        await expect(summary.getByRole('link')).toHaveText([messages.subjectName])
        await expect(page).toHaveTitle(/^错误：/)
        await expect(page.getByLabel('主体名称')).toHaveValue(hostile) // never cleared
        await wizard.checkPage('subject-info-hostile')
        await page.getByLabel('主体名称').fill(subject.name)
        await wizard.next().click()
        await wizard.expectStep('verification-method')
      })

      // An individual's registration reaches the profile without outcome steps on the way.
      await test.step('on to the profile of an individual', async () => {
        await wizard.start('standalone')
        await wizard.standaloneAccount(`mp-fields-person-${width}@example.com`)
        await wizard.subjectType('个人')
        await wizard.admin(people.second)
        await wizard.confirm('admin-verify')
        await wizard.confirm('confirm-subject')
        await wizard.expectStep('profile')
      })

      await test.step('小程序名称 and 介绍: markup refused; a text file named .png refused as a logo', async () => {
        await page.getByLabel('小程序名称').fill(hostile)
        await page.getByLabel('介绍').fill(hostile)
        await wizard.uploadLogo(textAsPng)
        await expect(page.getByRole('img', { name: '头像预览' })).toHaveCount(0)
        await wizard.next().click()
        await expect(summary).toBeFocused()
        await expect(summary.getByRole('link')).toHaveText([
          messages.name,
          messages.intro,
          messages.notAnImage,
        ])
        await expect(page.locator('#f-name-error')).toContainText(messages.name)
        await wizard.checkPage('profile-hostile')
        // The summary links to each field.
        await summary.getByRole('link', { name: messages.intro }).click()
        await expect(page.getByLabel('介绍')).toBeFocused()
      })

      await test.step('an invisible character, a cut-short PNG, a GIF named .png: each refused in words', async () => {
        await page.getByLabel('小程序名称').fill('示例\u200b工具')
        await page.getByLabel('介绍').fill('在线预约门店服务，查看排队进度。')
        await wizard.uploadLogo(truncatedPng)
        await wizard.next().click()
        await expect(summary.getByRole('link')).toHaveText([messages.invisible, messages.undecodable])
        await wizard.uploadLogo({ name: 'moving.png', mimeType: 'image/png', buffer: gifBuffer })
        await page.getByLabel('小程序名称').fill(nameInLedger)
        await wizard.next().click()
        await expect(summary.getByRole('link')).toHaveText([messages.mismatch])
      })

      await test.step('good pictures are taken: JPEG, GIF, BMP decoded, their size read', async () => {
        await wizard.uploadLogo({
          name: 'logo.jpg',
          mimeType: 'image/jpeg',
          buffer: await jpegBuffer(page, 144),
        })
        await expect(page.getByRole('img', { name: '头像预览' })).toBeVisible()
        await wizard.uploadLogo({ name: 'tiny.gif', mimeType: 'image/gif', buffer: gifBuffer })
        await expect(page.getByText('图片小于建议的144×144，显示可能不清晰')).toBeVisible()
        await wizard.uploadLogo({ name: 'wide.bmp', mimeType: 'image/bmp', buffer: bmpBuffer(200, 100) })
        await expect(page.getByText('图片不是正方形（200×100）')).toBeVisible()
        await wizard.uploadLogo(logo)
        await expect(page.getByRole('img', { name: '头像预览' })).toBeVisible()
        await expect(page.getByText('图片不是正方形')).toHaveCount(0)
      })

      await test.step('a name in the ledger: warned of on 下一步, then a second 下一步 goes on', async () => {
        await wizard.next().click()
        const warning = page.locator('.name-in-use')
        await expect(warning.getByRole('heading', { name: '这个名称已经用过' })).toBeVisible()
        await expect(warning).toBeFocused()
        await expect(warning).toContainText(
          `台账中的小程序“${nameInLedger}”（已注册，主体：${subject.name}）`,
        )
        await expect(warning.getByRole('link', { name: /小程序名称/ })).toHaveAttribute(
          'href',
          '/rules#MP_NAME',
        )
        await expect(summary).toHaveCount(0)
        await expect(page).toHaveTitle(/^第 \d+ 步/)
        await wizard.checkPage('profile-name-in-use')
        await wizard.next().click()
        await wizard.expectStep('review')
        await wizard.expectRow('小程序名称', nameInLedger)
      })

      expect(dialogs).toEqual([])
    })
  })
}
