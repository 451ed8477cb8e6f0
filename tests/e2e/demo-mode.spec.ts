import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { addSubject, dumpLedger } from './support/ledger'
import { Wizard, walkTimeout } from './support/wizard'

/** Everything the app keeps for real (not demo mode's own keys): localStorage and the ledger's database. */
async function realStores(page: Page) {
  const local = await page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('mp-wizard') && !key.endsWith('.demo') && !key.includes('.demo.'))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  )
  return { local, ledger: await dumpLedger(page) }
}

/** Demo mode's own stores: its localStorage keys and its IndexedDB databases. */
async function demoStores(page: Page) {
  return page.evaluate(async () => ({
    keys: Object.keys(localStorage).filter((key) => key.endsWith('.demo') || key.includes('.demo.')),
    databases: (await indexedDB.databases()).map((db) => db.name).filter((name) => name?.endsWith('.demo')),
  }))
}

const banner = (page: Page) => page.getByRole('region', { name: '演示模式' })

async function enterDemoMode(page: Page) {
  await page.goto('/')
  // On a phone the header's controls fold behind 菜单.
  const menu = page.getByRole('button', { name: '菜单' })
  if (await menu.isVisible()) await menu.click()
  await page.getByRole('button', { name: '开启演示模式' }).click()
  await expect(page).toHaveURL(/\/demo$/)
  await expect(banner(page)).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '演示场景' })).toBeVisible()
}

/** Opens a scenario from /demo and starts it, by keyboard: focus on the link or button, then Enter. */
async function startScenario(page: Page, title: string) {
  await page.goto('/demo')
  await page.getByRole('link', { name: `开始演示：${title}` }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`演示场景：${title}`)
  await page.getByRole('button', { name: '开始演示' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: '演示控制' })).toBeVisible()
}

/** The page as a user sees it change: the address and the main content. */
const snapshot = (page: Page) =>
  page.evaluate(() => `${location.href}\n${document.querySelector('main')?.textContent ?? ''}`)

/** Presses → until `done` says the scenario is where it should end; each press must change what is shown. */
async function playByKeyboard(page: Page, done: () => Promise<boolean>) {
  for (let presses = 0; presses < 40 && !(await done()); presses += 1) {
    const before = await snapshot(page)
    await page.keyboard.press(presses % 2 === 0 ? 'ArrowRight' : 'PageDown')
    await expect.poll(() => snapshot(page)).not.toBe(before)
  }
  expect(await done()).toBe(true)
}

test('演示模式: scenarios played by keyboard on a separate store; leaving finds the real drafts and ledger untouched', async ({
  page,
}) => {
  test.setTimeout(walkTimeout)
  // Real work first: a registration with a typed draft, and a ledger record made by hand.
  const wizard = new Wizard(page)
  await wizard.start('standalone')
  await wizard.standaloneAccount('real-operator@example.com')
  await wizard.subjectType('企业')
  await wizard.expectStep('subject-info')
  await page.getByLabel('主体名称').fill('真实草稿有限公司')
  await addSubject(page, '真实客户有限公司', '91350100M000100Y43')
  const before = await realStores(page)
  expect(before.local[`mp-wizard.case.${wizard.caseId}`]).toContain('真实草稿有限公司')
  expect(before.ledger.subjects).toHaveLength(1)
  expect(before.ledger.miniPrograms).toHaveLength(1)

  await enterDemoMode(page)
  await expectNoAxeViolations(page)
  // Nothing real is read: the demo's registration list and ledger start empty.
  await page.goto('/register')
  await expect(page.getByRole('heading', { level: 1, name: '注册向导' })).toBeVisible()
  await expect(page.getByRole('table', { name: '未完成的注册' })).toHaveCount(0)
  await page.goto('/ledger/subjects')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText('真实客户有限公司')).toHaveCount(0)

  // A happy scenario, by keyboard only, to its confirmation page.
  await startScenario(page, '企业单独注册（认证）')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('打开微信公众平台，点击“立即注册”')
  await expectNoAxeViolations(page)
  await playByKeyboard(page, async () => page.url().endsWith('/done'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('注册信息已记录')
  await expect(page.getByText('这个场景已走完全部步骤。')).toBeVisible()

  // A blocked scenario ends on its rule, with the wizard's own explanation.
  await startScenario(page, '管理员身份证已绑定 5 个')
  await playByKeyboard(page, async () =>
    (await page.getByRole('heading', { level: 1 }).textContent())!.startsWith('无法继续'),
  )
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('无法继续：同一身份证可绑定的小程序数量')
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByText(/下一步被“同一身份证可绑定的小程序数量”拦住/)).toBeVisible()
  await expectNoAxeViolations(page)

  // 返回修改, then 填充示例数据: another fictional admin, every label marked 示例, and the step goes on.
  await page.getByRole('button', { name: '返回修改' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('填写管理员信息')
  // The step's own field (its label marked 示例), not the 模拟界面's look-alike beside it.
  const idCard = page.getByRole('textbox', { name: '管理员身份证 示例', exact: true })
  const blockedIdCard = await idCard.inputValue()
  await page.getByRole('button', { name: '填充示例数据' }).click()
  await expect(idCard).not.toHaveValue(blockedIdCard)
  await expect(idCard).toHaveValue(/^\d{17}[\dX]$/)
  await expect(page.getByRole('textbox', { name: '管理员手机 示例', exact: true })).toHaveValue(
    /^13800138\d{3}$/,
  )
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('在平台上完成短信验证和扫码')

  // 重置场景: the scenario starts over from its first step.
  await page.getByRole('button', { name: '重置场景' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('打开微信公众平台，点击“立即注册”')
  expect((await demoStores(page)).databases).toEqual(['mp-wizard-ledger.demo'])

  // 退出演示: the real stores are exactly as they were, and the demo's are gone.
  await banner(page).getByRole('button', { name: '退出演示' }).click()
  await expect(page).toHaveURL(/\/demo$/)
  await expect(page.getByRole('button', { name: '开启演示模式' }).first()).toBeVisible()
  await expect(banner(page)).toHaveCount(0)
  expect(await realStores(page)).toEqual(before)
  await expect.poll(() => demoStores(page)).toEqual({ keys: [], databases: [] })
  await page.goto('/register')
  await expect(
    page.getByRole('table', { name: '未完成的注册' }).getByRole('row', { name: /第 6 步 填写主体信息/ }),
  ).toBeVisible()
})

test('演示模式 survives a reload; 自动播放 under reduced motion steps without animation and pauses with Space', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await enterDemoMode(page)
  await page.reload()
  await expect(banner(page)).toBeVisible()
  // Under the guide's rule set, a scenario resting on a rule the guide does not state says so, and cannot start.
  await page.getByLabel('规则版本').selectOption('guide')
  const transfer = page.getByRole('listitem').filter({ hasText: '企业单独注册（小额打款）' })
  await expect(transfer.getByText('“指南原文”规则版本下不能演示：它依赖的规则')).toBeVisible()
  await expect(transfer.getByRole('link')).toHaveCount(0)
  await page.getByLabel('规则版本').selectOption('current')
  await expect(transfer.getByRole('link', { name: '开始演示：企业单独注册（小额打款）' })).toBeVisible()
  await startScenario(page, '复用已认证公众号')
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('公众号的主体是什么类型？')
  await page.getByLabel('每步停留').selectOption('3')
  await page.getByRole('button', { name: '自动播放' }).click()
  await expect(page.getByRole('status').filter({ hasText: '自动播放中：每 3 秒一步' })).toBeVisible()
  await expect(page.locator('.presenter__countdown')).toHaveCount(0)
  // It plays on by itself: the subject's information, then the account's status, each prefilled.
  await expect(heading).toHaveText('填写主体信息', { timeout: 15_000 })
  await expect(page.getByLabel('主体名称')).not.toHaveValue('')
  await expect(heading).toHaveText('公众号现在的状态', { timeout: 15_000 })
  // Space (focus on the page's heading, as after every step change) pauses.
  await expect(heading).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: '自动播放', pressed: false })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: '自动播放中' })).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('大字模式 at 1280×720: body text at least 24 px, no sideways scroll, on the scenario list and a step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await enterDemoMode(page)
  await banner(page).getByRole('button', { name: '大字模式' }).click()
  await expect(banner(page).getByRole('button', { name: '大字模式', pressed: true })).toBeVisible()
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(await bodySize()).toBeGreaterThanOrEqual(24)
  expect(await overflow()).toBeLessThanOrEqual(0)
  await startScenario(page, '企业单独注册（小额打款）')
  expect(await bodySize()).toBeGreaterThanOrEqual(24)
  expect(await overflow()).toBeLessThanOrEqual(0)
  await page.screenshot({ path: test.info().outputPath('large-text-step.png') })
  await expectNoAxeViolations(page)
})

test('演示模式 at 360 px: the presenter, the step and its panels fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await enterDemoMode(page)
  await startScenario(page, '公众号未认证，先认证')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('填写主体信息')
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await page.getByText('流程图', { exact: true }).click()
  await expect(page.getByText('当前步骤').first()).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('demo-360.png'), fullPage: true })
  await expectNoAxeViolations(page)
})
