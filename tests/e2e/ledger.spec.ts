import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'
import {
  addAccount,
  addAdmin,
  addMiniProgram,
  addSubject,
  dumpLedger,
  fillMiniProgram,
  importLedger,
  sampleLedgerFile,
} from './support/ledger'

// Each test fills several forms, each a page load of its own: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 })

const creditCode = '91350100M000100Y43'
const idCard = '11010519491231002X'

test('an ID card bound to 5 mini programs blocks a 6th, and its meter says 5 / 5', async ({ page }) => {
  await openPage(page, '/ledger')
  await addAdmin(page, '张三', idCard, '13800138000')
  for (let n = 1; n <= 5; n += 1) await addMiniProgram(page, `mp${n}@example.com`, { admin: '张三' })
  await fillMiniProgram(page, 'mp6@example.com', { admin: '张三' })
  await page.getByRole('button', { name: '保存' }).click()
  const refusal = page.getByRole('region', { name: '超出额度，不能保存' })
  await expect(refusal).toContainText('同一身份证可绑定的小程序数量：已用 5 / 5')
  await expect(refusal.getByRole('link', { name: '查看这条规则' }).first()).toHaveAttribute(
    'href',
    '/rules#ID_CARD_LIMIT',
  )
  await expectNoAxeViolations(page)
  await page.goto('/ledger/admins')
  await page.getByRole('link', { name: '张三' }).click()
  await expect(page.getByRole('link', { name: '该身份证已绑定 5 / 5' })).toHaveAttribute(
    'href',
    '/rules#ID_CARD_LIMIT',
  )
  expect((await dumpLedger(page)).miniPrograms).toHaveLength(5)
})

test('export, clear, import: every record comes back as it was', async ({ page }) => {
  await openPage(page, '/ledger')
  await addSubject(page, '示例科技有限公司', creditCode)
  await addAccount(page, '示例服务号', '示例科技有限公司', 'oa@example.com')
  await addAdmin(page, '李四', idCard, '13900139000')
  await addMiniProgram(page, 'shop@example.com', {
    admin: '李四',
    subject: '示例科技有限公司',
    name: '示例商城',
  })
  await expect(page.getByRole('link', { name: '本主体小程序 1 / 50' })).toBeVisible()
  const before = await dumpLedger(page)

  await page.goto('/ledger/backup')
  await page.getByLabel('同时导出身份密钥').check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出台账（JSON）' }).click()
  const file = await (await download).path()
  // Version 3 keeps each mini program's 发布清单 with it.
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'mp-wizard-ledger', version: 3 })

  await page.goto('/ledger/clear')
  await page.getByRole('button', { name: '清除全部数据' }).click()
  await expect(page.getByRole('alert')).toContainText('请准确输入“清除全部数据”')
  await page.getByLabel('请输入“清除全部数据”以确认').fill('清除全部数据')
  await page.getByRole('button', { name: '清除全部数据' }).click()
  await expect(page.getByText('台账中的全部数据已清除。')).toBeVisible()
  expect(Object.values(await dumpLedger(page)).flat()).toEqual([])

  await page.goto('/ledger/backup')
  await page.getByLabel('选择台账文件（.json）').setInputFiles(file)
  await expect(page.getByRole('heading', { name: '导入预览' })).toBeVisible()
  await page.getByLabel('替换').check()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: '导入', exact: true }).click()
  await expect(page.getByRole('region', { name: '导入完成。' })).toBeVisible()
  const after = await dumpLedger(page)
  for (const table of Object.keys(before)) {
    expect(after[table], table).toHaveLength(before[table]!.length)
    for (const record of before[table]!) expect(after[table], table).toContainEqual(record)
  }
})

test('each bad import file is refused with its reason, and the ledger is unchanged', async ({
  page,
}, info) => {
  await openPage(page, '/ledger')
  await addSubject(page, '示例科技有限公司', creditCode)
  await addMiniProgram(page, 'a@example.com', { subject: '示例科技有限公司' })
  await addMiniProgram(page, 'b@example.com', { subject: '示例科技有限公司' })
  await page.goto('/ledger/backup')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出台账（JSON）' }).click()
  const good = readFileSync(await (await download).path(), 'utf8')
  const before = await dumpLedger(page)
  const huge = info.outputPath('huge.json')
  writeFileSync(huge, '{}')
  truncateSync(huge, 100 * 1024 * 1024 + 1)

  const bad: [string, string | { path: string }, RegExp][] = [
    ['broken.json', good.slice(0, 200), /不是有效的 JSON/],
    ['newer.json', good.replace('"version": 3', '"version": 9'), /版本是 9/],
    ['field.json', good.replace('"a@example.com"', '"not an email"'), /小程序记录（编号 .+）的「登录邮箱」/],
    [
      'duplicate.json',
      good.replace(/"b@example\.com"/g, '"a@example.com"'),
      /在用邮箱记录（编号 .+）的「邮箱」与第 1 条重复/,
    ],
    ['proto.json', good.replace('"tables": {', '"tables": {"__proto__": {"polluted": true},'), /__proto__/],
    ['huge.json', { path: huge }, /超过 100 MB/],
  ]
  for (const [name, content, message] of bad) {
    const files =
      typeof content === 'string'
        ? { name, mimeType: 'application/json', buffer: Buffer.from(content) }
        : content.path
    await page.getByLabel('选择台账文件（.json）').setInputFiles(files)
    await expect(page.getByRole('alert'), name).toContainText(message)
    await expect(page.getByRole('button', { name: '导入', exact: true })).toHaveCount(0)
  }
  await expectNoAxeViolations(page)
  expect(await dumpLedger(page)).toEqual(before)
})

test('two tabs see each other’s changes, and a save against a changed record is refused', async ({
  context,
}) => {
  const first = await context.newPage()
  const second = await context.newPage()
  await openPage(first, '/ledger/clients')
  await expect(first.getByText('还没有客户记录。')).toBeVisible()

  await openPage(second, '/ledger/clients/new')
  await second.getByLabel('客户名称').fill('甲客户')
  await second.getByRole('button', { name: '保存' }).click()
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('甲客户')
  await expect(first.getByRole('link', { name: '甲客户' })).toBeVisible()

  await first.getByRole('link', { name: '甲客户' }).click()
  await first.getByRole('link', { name: '修改：甲客户' }).click()
  await second.getByRole('link', { name: '修改：甲客户' }).click()
  await second.getByLabel('客户名称').fill('甲客户（第二个标签页）')
  await second.getByRole('button', { name: '保存' }).click()
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('甲客户（第二个标签页）')

  await expect(first.getByText('这条记录刚在另一个标签页中被修改。')).toBeVisible()
  await first.getByLabel('客户名称').fill('甲客户（第一个标签页）')
  await first.getByRole('button', { name: '保存' }).click()
  const conflict = first.getByRole('region', { name: '这条记录在你修改期间已被更改' })
  await expect(
    conflict.getByRole('row', { name: /客户名称 甲客户（第一个标签页） 甲客户（第二个标签页）/ }),
  ).toBeVisible()
  await expectNoAxeViolations(first)
  expect((await dumpLedger(first)).clients).toEqual([
    expect.objectContaining({ name: '甲客户（第二个标签页）', version: 2 }),
  ])
  await conflict.getByRole('button', { name: '保留我的修改并保存' }).click()
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('甲客户（第一个标签页）')
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('甲客户（第一个标签页）')
})

const slugs = ['mini-programs', 'accounts', 'subjects', 'admins', 'clients', 'associations', 'emails', 'fees']
const listAndFormPages = [
  '/ledger',
  '/ledger/backup',
  '/ledger/clear',
  ...slugs.flatMap((s) => [`/ledger/${s}`, `/ledger/${s}/new`]),
]

for (const path of listAndFormPages) {
  test(`${path} passes axe, empty and with records`, async ({ page }) => {
    await openPage(page, path)
    await expectNoAxeViolations(page)
    await importLedger(page, sampleLedgerFile())
    await openPage(page, path)
    await expectNoAxeViolations(page)
  })
}

test('a form with errors passes axe, its error summary focused', async ({ page }) => {
  await openPage(page, '/ledger/fees/new')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('alert')).toBeFocused()
  await expect(page.getByRole('alert')).toContainText('请输入金额（元），例如 300')
  await expectNoAxeViolations(page)
})

for (const [slug, name] of [
  ['mini-programs', '示例工具'],
  ['accounts', '示例服务号'],
  ['subjects', '示例科技有限公司'],
  ['admins', '王五'],
  ['clients', '示例客户'],
  ['emails', 'elsewhere@example.com'],
] as const) {
  test(`the page of one of ${slug}, and its edit form, pass axe`, async ({ page }) => {
    await openPage(page, '/ledger')
    await importLedger(page, sampleLedgerFile())
    await openPage(page, `/ledger/${slug}`)
    await page.getByRole('link', { name, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: `修改：${name}` }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('修改')
    await expectNoAxeViolations(page)
  })
}

test('an account’s page shows its quota meters, each linking to its rule', async ({ page }) => {
  await openPage(page, '/ledger')
  await importLedger(page, sampleLedgerFile())
  await openPage(page, '/ledger/accounts')
  await page.getByRole('link', { name: '示例服务号' }).click()
  await expect(page.getByRole('link', { name: '同主体关联 1 / 10' })).toHaveAttribute(
    'href',
    '/rules#OA_LINK_SAME',
  )
  await expect(page.getByRole('link', { name: '其他主体关联 0 / 3' })).toHaveAttribute(
    'href',
    '/rules#OA_LINK_OTHER',
  )
  await expect(page.getByRole('link', { name: '本月快速注册 0 / 5' })).toHaveAttribute(
    'href',
    '/rules#FAST_REG_MONTHLY',
  )
  await expect(page.getByRole('link', { name: '示例工具（2025年5月1日 的关联）' })).toBeVisible()
})
