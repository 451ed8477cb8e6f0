import { readFileSync } from 'node:fs'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { Wizard } from './support/wizard'
import { planHeader } from './support/plan'

// 批量规划 (/plan): a plan pasted from a spreadsheet, checked and scheduled month by month in the page's worker;
// a bad row corrected; the schedule exported; a row started in the wizard. Texts written out, not read from
// the catalog; the numbers are those of the current rule set (FAST_REG_MONTHLY 5 a month, ID_CARD_LIMIT 5).

test.describe.configure({ timeout: 240_000 })

/** GB 11643: an ID card number born 1990-01-01 in 110105, sequence `n`, with its check character. */
function idCard(n: number): string {
  const body = `11010519900101${String(100 + n).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0)
  return body + '10X98765432'[sum % 11]
}

/** GB 32100: an enterprise's credit code with organisation code `n`, with its check character. */
function creditCode(n: number): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  const body = `911101050000${String(n).padStart(5, '0')}`
  const sum = [...body].reduce((s, c, i) => s + chars.indexOf(c) * weights[i]!, 0)
  return body + chars[(31 - (sum % 31)) % 31]
}

const mobile = (n: number) => `139${String(10_000_000 + n).slice(-8)}`

/**
 * Thirty rows (sheet rows 2–31): seven fast registrations on one official account (five a month: two go to
 * the next month), twenty-three standalone ones; rows 26–31 share one admin's ID card (the sixth is refused);
 * row 10's email is wrong.
 */
function thirtyRows(): string[][] {
  return Array.from({ length: 30 }, (_, i) => {
    const row = i + 2
    const reuse = row <= 8
    const person = row >= 26 ? 99 : row
    return [
      reuse ? '规划示例科技有限公司' : `规划示例${row}号有限公司`,
      creditCode(reuse ? 1 : row),
      '企业',
      reuse ? '复用公众号' : '单独注册',
      reuse ? '规划示例服务号' : '',
      '张三',
      idCard(person),
      mobile(row),
      row === 10 ? 'plan-10.example.com' : `plan-${row}@example.com`,
      `规划助手${row}`,
      '',
    ]
  })
}

const tsv = (rows: string[][]) => [planHeader, ...rows].map((r) => r.join('\t')).join('\n')

test('a 30-row plan pasted, scheduled, corrected, exported and started in the wizard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/plan')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('批量规划')
  await expectNoAxeViolations(page)

  await page.getByLabel('粘贴表格').fill(tsv(thirtyRows()))
  await page.getByRole('button', { name: '读取并规划' }).click()
  await expect(page.getByRole('heading', { level: 2, name: '规划结果' })).toBeVisible()
  await expect(page.getByText('共 30 行：29 行可以规划，1 行需要修改。')).toBeVisible()
  await expect(page.getByText('已安排 28 行')).toBeVisible()
  await expect(page.getByText('1 行无法安排')).toBeVisible()
  await expect(page.getByText('需要 2 个月')).toBeVisible()
  // Never the full numbers on the page once read.
  await expect(page.locator('body')).not.toContainText(idCard(2))

  const problems = page.getByRole('region', { name: '需要修改的行（1）' })
  await expect(problems.getByRole('heading', { name: '第 10 行' })).toBeVisible()
  await expect(problems).toContainText('邮箱')

  // The sixth use of one ID card is refused, with the rule and a way out.
  const table = page.getByRole('table', { name: /每一行的安排/ })
  const refused = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '31', exact: true }) })
  await expect(refused).toContainText('无法安排')
  await expect(refused).toContainText('换一位管理员')
  // Fast registrations beyond the month's five go to the next month.
  const seventh = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '8', exact: true }) })
  await expect(seventh).toContainText('复用公众号')
  await expectNoAxeViolations(page)

  // Fix the bad row: the plan re-plans at once.
  await problems.getByRole('button', { name: '修改第 10 行' }).click()
  const editor = page.getByRole('region', { name: '修改第 10 行' })
  await expect(editor.getByLabel('管理员身份证')).toHaveValue('')
  await editor.getByLabel('邮箱').fill('plan-10@example.com')
  await expectNoAxeViolations(page)
  await editor.getByRole('button', { name: '保存并重新规划' }).click()
  await expect(page.getByText('已安排 29 行')).toBeVisible()
  await expect(page.getByRole('region', { name: /需要修改的行/ })).toHaveCount(0)

  // CSV: every planned row, numbers masked only.
  const csvDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出时间表（CSV）' }).click()
  const csvFile = await csvDownload
  expect(csvFile.suggestedFilename()).toMatch(/^批量规划-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = readFileSync((await csvFile.path())!, 'utf8')
  expect(csv.startsWith('\uFEFF行号,')).toBe(true)
  expect(csv.trim().split('\r\n')).toHaveLength(31)
  expect(csv).toMatch(/,110\*{11}\d{3}[\dX],/)
  expect(csv).not.toContain(idCard(2))
  expect(csv).not.toContain(mobile(2))

  // Calendar: one reminder per scheduled row.
  const icsDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出日历提醒（.ics）' }).click()
  const ics = readFileSync((await (await icsDownload).path())!, 'utf8')
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(29)
  expect(ics).not.toContain(idCard(2))

  // Start row 11 (standalone) in the wizard: its answers are there, step by step.
  const eleventh = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '11', exact: true }) })
  await eleventh.getByRole('button', { name: '在向导中开始第 11 行' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('从批量规划开始注册')
  await expect(page.getByText(/批量规划第 11 行：规划助手11/)).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: '开始', exact: true }).click()
  const wizard = new Wizard(page)
  await wizard.confirm('open-platform')
  await wizard.confirm('choose-mini-program')
  await wizard.expectStep('account')
  await expect(page.getByLabel('邮箱', { exact: true })).toHaveValue('plan-11@example.com')
  await wizard.next().click()
  await wizard.confirm('activate-email')
  await wizard.expectStep('subject-type')
  await expect(page.getByRole('radio', { name: '企业', exact: true })).toBeChecked()
  await wizard.next().click()
  await wizard.expectStep('subject-info')
  await expect(page.getByLabel('主体名称')).toHaveValue('规划示例11号有限公司')
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue(creditCode(11))

  // Back on the plan, the row says it was started.
  await page.getByRole('navigation').getByRole('link', { name: '批量规划' }).click()
  const started = page
    .getByRole('table', { name: /每一行的安排/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '11', exact: true }) })
  await expect(started.getByRole('link', { name: '已在向导中开始' })).toBeVisible()
})

test('a CSV file opened at phone width: read in the worker, shown without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 })
  await page.goto('/plan')
  const rows = thirtyRows().slice(10, 20)
  const csv = `\uFEFF${[planHeader, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`
  await page.getByLabel('CSV 文件', { exact: true }).setInputFiles({
    name: '计划.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  })
  await expect(page.getByRole('heading', { level: 2, name: '规划结果' })).toBeVisible()
  await expect(page.getByText('来源：计划.csv 编码：UTF-8')).toBeVisible()
  await expect(page.getByText('已安排 10 行')).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page)

  // A workbook instead of a CSV: refused in plain words; the plan read before stays as it was.
  await page.getByLabel('CSV 文件', { exact: true }).setInputFiles({
    name: '计划.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
  })
  await expect(page.getByRole('alert')).toContainText('这是一个 Excel 工作簿')
  await expect(page.getByText('已安排 10 行')).toBeVisible()
  await expect(page.getByText('来源：计划.csv 编码：UTF-8')).toBeVisible()
  await expectNoAxeViolations(page)
})
