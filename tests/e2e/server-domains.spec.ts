import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'

// The server-domain list editor of the 发布清单's 开发设置 (rule: SERVER_DOMAIN). `openEditor` is the one place that
// knows how to reach it: the blank checklist, an enterprise.
const editorMounted = true
test.describe.configure({ timeout: 90_000 })
test.fixme(!editorMounted, 'the 发布清单 page does not mount ServerDomainEditor yet')

async function openEditor(page: Page) {
  await page.goto('/publish')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('发布清单')
  await page.getByLabel('主体类型').selectOption({ label: '企业' })
  await expect(page.getByRole('group', { name: 'request合法域名' })).toBeVisible()
}

test('a pasted domain list: good lines added, every bad line named and kept in the box', async ({ page }) => {
  await openEditor(page)
  const request = page.getByRole('group', { name: 'request合法域名' })
  const box = request.getByRole('textbox', { name: '添加域名（每行一个）' })
  await box.fill(
    [
      'https://api.example.com',
      'http://old.example.com',
      '',
      'https：／／cdn.example.com:8080',
      'https://192.168.1.10',
      'wss://ws.example.com',
      'HTTPS://API.EXAMPLE.COM/',
      'https://api.weixin.qq.com',
    ].join('\n'),
  )
  await expectNoAxeViolations(page)
  await request.getByRole('button', { name: '添加' }).click()

  await expect(
    request.getByRole('list', { name: '已添加的request合法域名' }).getByRole('listitem'),
  ).toHaveText([/https:\/\/api\.example\.com/, /https:\/\/cdn\.example\.com:8080/])
  await expect(request.getByText('已填 2 / 200 个')).toBeVisible()
  const alert = request.getByRole('alert')
  await expect(alert).toContainText('有5行没有添加')
  await expect(alert.getByRole('link')).toHaveText([
    /^第2行“http:\/\/old\.example\.com”：服务器域名须以https:\/\/或wss:\/\/开头/,
    /^第5行“https:\/\/192\.168\.1\.10”：服务器域名不能是IP地址/,
    /^第6行“wss:\/\/ws\.example\.com”：wss:\/\/开头的域名属于socket合法域名/,
    /^第7行“HTTPS:\/\/API\.EXAMPLE\.COM\/”：和第1行重复/,
    /^第8行“https:\/\/api\.weixin\.qq\.com”：服务器域名不能填写api\.weixin\.qq\.com/,
  ])
  await expect(box).toHaveValue(
    [
      'http://old.example.com',
      'https://192.168.1.10',
      'wss://ws.example.com',
      'HTTPS://API.EXAMPLE.COM/',
      'https://api.weixin.qq.com',
    ].join('\n'),
  )
  await expectNoAxeViolations(page)

  // From the message back to the line, by keyboard.
  await alert.getByRole('link', { name: /第6行/ }).focus()
  await page.keyboard.press('Enter')
  await expect(box).toBeFocused()

  // Remove an entry: focus moves to the next one.
  await request.getByRole('button', { name: '删除 https://api.example.com' }).click()
  await expect(request.getByRole('button', { name: '删除 https://cdn.example.com:8080' })).toBeFocused()
  await expectNoAxeViolations(page)

  // The lists are kept with the checklist's progress.
  await page.reload()
  await expect(
    request.getByRole('list', { name: '已添加的request合法域名' }).getByRole('listitem'),
  ).toHaveText([/https:\/\/cdn\.example\.com:8080/])
  await expect(request.getByText('已填 1 / 200 个')).toBeVisible()
})
