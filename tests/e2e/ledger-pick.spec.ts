// Picking from the ledger in the wizard (issue 5): a registration for a client of the ledger takes that
// client's subject, its official account (with the counts the ledger's associations give) and an admin
// the ledger knows (masked, never retyped); 提交 records it, and the ledger's meters move.
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'
import { importLedger, ledgerFile, registeredPrograms } from './support/ledger'
import { headings, subject, Wizard, walkTimeout } from './support/wizard'

const hash = (digit: string) => digit.repeat(64)
const admin = { name: '王五', idCard: '110***********123X', mobile: '139****5678' }

/** 甲客户's subject with a certified service account linked to 3 of its 4 mini programs, all run by 王五. */
function ledgerWithClient(): string {
  const programs = registeredPrograms(4, { subjectId: 's1', adminId: 'a1' })
  const linked = registeredPrograms(3, { subjectId: 's1', accountId: 'o1' }).associations
  return ledgerFile({
    clients: [{ id: 'c1', name: '甲客户' }],
    subjects: [
      { id: 's1', name: subject.name, type: 'enterprise', creditCode: subject.creditCode, clientId: 'c1' },
      { id: 's2', name: '乙贸易有限公司', type: 'enterprise', creditCode: '91110000600037341L' },
    ],
    officialAccounts: [
      {
        id: 'o1',
        name: '示例服务号',
        subjectId: 's1',
        accountType: 'service',
        certified: true,
        email: 'oa@example.com',
      },
    ],
    admins: [
      {
        id: 'a1',
        name: admin.name,
        idCardMasked: admin.idCard,
        idCardHash: hash('a'),
        mobileMasked: admin.mobile,
        mobileHash: hash('b'),
      },
    ],
    miniPrograms: programs.miniPrograms,
    associations: linked,
    emails: [
      { id: 'e-o1', email: 'oa@example.com', use: 'official-account', ownerId: 'o1' },
      ...programs.emails,
    ],
  })
}

/** Chooses `option` in the picker labelled `label`, then 填入; the status says what was filled. */
async function pick(page: Page, label: string, option: string, filled: string) {
  await page.getByLabel(label).selectOption({ label: option })
  await page.getByRole('button', { name: '填入' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已填入' })).toHaveText(
    `已填入台账中的“${filled}”，请核对后点击“下一步”。`,
  )
}

test('a registration for a ledger client picks its subject, account and admin, and the ledger counts it', async ({
  page,
}) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await openPage(page, '/ledger')
  await importLedger(page, ledgerWithClient())

  await test.step('the client is chosen on the start page', async () => {
    await page.goto('/register/new?path=reuse')
    await page.getByLabel(/为哪位客户办理/).selectOption({ label: '甲客户' })
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: '开始', exact: true }).click()
    await wizard.subjectType('企业', true)
  })

  await test.step('主体信息: only the client’s subjects are offered, and 填入 fills the form', async () => {
    await wizard.expectStep('subject-info')
    const picker = page.getByLabel('从台账选择主体')
    await expect(picker.getByRole('option')).toHaveText([
      '（不使用台账，手动填写）',
      `${subject.name}（${subject.creditCode}，台账中已有 4 个小程序）`,
    ])
    await expect(page.getByRole('button', { name: '填入' })).toBeDisabled()
    await pick(
      page,
      '从台账选择主体',
      `${subject.name}（${subject.creditCode}，台账中已有 4 个小程序）`,
      subject.name,
    )
    await expect(page.getByLabel('主体名称')).toHaveValue(subject.name)
    await expect(page.getByLabel('统一社会信用代码')).toHaveValue(subject.creditCode)
    await expectNoAxeViolations(page)
    await wizard.next().click()
  })

  await test.step('公众号状态: the account and its counts come from the ledger', async () => {
    await wizard.expectStep('oa-status')
    await pick(page, '从台账选择公众号', '示例服务号（服务号，已认证，oa@example.com）', '示例服务号')
    await expect(page.getByLabel('公众号名称')).toHaveValue('示例服务号')
    await expect(page.getByRole('radio', { name: '服务号' })).toBeChecked()
    await expect(page.getByRole('radio', { name: '已认证' })).toBeChecked()
    await expect(page.getByLabel('公众号的登录邮箱')).toHaveValue('oa@example.com')
    await expect(page.getByLabel('已关联的同主体小程序数量')).toHaveValue('3')
    await wizard.next().click()
    await wizard.reuseRegistration({ email: 'shop5@example.com', operatorInfo: false })
    await wizard.registrationResult('注册成功，认证成功')
    await wizard.next().click()
  })

  await test.step('管理员: picked, not typed; the numbers stay masked', async () => {
    await wizard.expectStep('admin')
    await pick(
      page,
      '从台账选择管理员',
      `${admin.name}（身份证 ${admin.idCard}，手机 ${admin.mobile}，已绑定 4 个小程序）`,
      admin.name,
    )
    await expect(
      page.getByText(`使用台账中的管理员：${admin.name}，身份证 ${admin.idCard}，手机 ${admin.mobile}。`),
    ).toBeVisible()
    await expect(page.getByLabel('管理员身份证')).toHaveCount(0)
    await expectNoAxeViolations(page)
    await wizard.next().click()
    await wizard.confirm('admin-verify')
    await wizard.profile()
    await wizard.expectStep('review')
    await expect(page.getByRole('main')).toContainText(admin.idCard)
    await wizard.submit({ arrived: true })
    await expect(wizard.heading()).toHaveText(headings.done)
  })

  await test.step('the ledger counts the new mini program for the admin, the account and the client’s subject', async () => {
    await page.goto('/ledger/admins')
    await page.getByRole('link', { name: admin.name }).click()
    await expect(page.getByRole('link', { name: '该身份证已绑定 5 / 5' })).toHaveAttribute(
      'href',
      '/rules#ID_CARD_LIMIT',
    )
    await page.goto('/ledger/accounts')
    await page.getByRole('link', { name: '示例服务号', exact: true }).click()
    await expect(page.getByRole('link', { name: '同主体关联 4 / 10' })).toBeVisible()
    // No second subject was made: the picked one was found by its credit code.
    await page.goto('/ledger/subjects')
    await expect(page.getByRole('link', { name: subject.name, exact: true })).toHaveCount(1)
  })
})
