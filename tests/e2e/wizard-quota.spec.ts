import { expect, test } from './support/fixtures'
import { headings, people, Wizard, walkTimeout } from './support/wizard'

test('a sixth registration with the same ID card is blocked with the explanation page', async ({ page }) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  const idCard = people.adult.idCard
  // Five registrations of individuals in this browser, each past the admin step with the same ID card
  // (and each with its own email and mobile, so only ID_CARD_LIMIT is at stake).
  const admin = (n: number) => ({ name: people.adult.name, idCard, mobile: `1390000000${n}` })
  const untilAdmin = async (n: number) => {
    await wizard.start('standalone')
    await wizard.standaloneAccount(`mp-quota-${n}@example.com`)
    await wizard.subjectType('个人')
    await wizard.admin(admin(n))
  }
  for (let n = 1; n <= 5; n += 1) {
    await untilAdmin(n)
    await wizard.expectStep('admin-verify')
    if (n === 5) {
      // The fifth uses the last one: a warning, and they may go on.
      await expect(page.getByText('注意：同一身份证可绑定的小程序数量')).toBeVisible()
      await expect(page.getByText('这将用掉最后一个名额（上限 5，已使用 4）。')).toBeVisible()
    }
  }

  await untilAdmin(6)
  const heading = wizard.heading()
  await expect(heading).toHaveText('无法继续：同一身份证可绑定的小程序数量')
  await expect(heading).toBeFocused()
  await expect(page).toHaveTitle('无法继续：同一身份证可绑定的小程序数量 - 小程序注册向导')
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByText('一个管理员身份证号码最多绑定 5 个小程序。')).toBeVisible()
  await expect(page.getByText(/规则 ID_CARD_LIMIT，来源：/)).toBeVisible()
  const figures = page.locator('dl.figures')
  const figure = (term: string) => figures.locator('div', { has: page.getByRole('term').getByText(term) })
  await expect(figure('上限').getByRole('definition')).toHaveText('5 个')
  await expect(figure('已使用').getByRole('definition')).toHaveText('5 个')
  await expect(figure('剩余').getByRole('definition')).toHaveText('0 个')
  await expect(
    page.getByText('换一位管理员（使用另一个身份证号码），或先解除这个身份证绑定的其他小程序。'),
  ).toBeVisible()
  // Not a reuse-only rule: no offer to switch path.
  await expect(page.getByRole('button', { name: '改为单独注册' })).toHaveCount(0)
  await wizard.checkPage('admin-blocked')

  // 返回修改: the form comes back with what was typed; another admin goes on.
  await page.getByRole('button', { name: '返回修改' }).click()
  await expect(heading).toHaveText(headings.admin)
  await expect(page.getByLabel('管理员身份证')).toHaveValue(idCard)
  await expect(page.getByLabel('管理员姓名')).toHaveValue(people.adult.name)
  await expect(page.getByLabel('管理员手机')).toHaveValue('13900000006')
  await wizard.checkPage('admin-back')
  await wizard.fillAdmin(people.second)
  await wizard.next().click()
  await wizard.expectStep('admin-verify')
})
