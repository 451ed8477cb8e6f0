import { chromium } from 'playwright-core'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
for (const width of [1280, 360]) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'zh-CN' })
  page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()) })
  page.on('pageerror', (e) => console.log('pageerror:', e.message))
  await page.goto('http://127.0.0.1:4370/demo')
  if (width < 600) await page.getByRole('button', { name: '菜单' }).click()
  await page.getByRole('button', { name: '开启演示模式' }).first().click()
  await page.waitForSelector('.demo-banner')
  await page.getByRole('link', { name: /开始演示：复用后/ }).click()
  await page.getByRole('button', { name: '开始演示' }).click()
  await page.waitForSelector('.presenter')
  for (let i = 0; i < 30 && !page.url().endsWith('/account'); i++) {
    const u = page.url(); await page.keyboard.press('ArrowRight'); await page.waitForTimeout(700)
  }
  await page.waitForTimeout(800)
  await page.screenshot({ path: `/tmp/demo-account-${width}.png`, fullPage: true })
  for (let i = 0; i < 30 && !page.url().endsWith('/registration-result'); i++) {
    await page.keyboard.press('ArrowRight'); await page.waitForTimeout(700)
  }
  await page.keyboard.press('ArrowRight'); await page.waitForTimeout(900)
  await page.screenshot({ path: `/tmp/demo-result-${width}.png`, fullPage: true })
  console.log(width, page.url())
}
await browser.close()
