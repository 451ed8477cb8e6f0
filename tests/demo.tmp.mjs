import { chromium } from 'playwright-core'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()) })
page.on('pageerror', (e) => console.log('pageerror:', e.message))
await page.goto('http://127.0.0.1:4370/demo')
await page.getByRole('button', { name: '开启演示模式' }).first().click()
await page.waitForSelector('.demo-banner')
await page.screenshot({ path: '/tmp/demo-1.png', fullPage: true })
await page.getByRole('link', { name: /开始演示：企业单独注册（认证）/ }).click()
await page.getByRole('button', { name: '开始演示' }).click()
await page.waitForURL(/open-platform/)
await page.waitForSelector('.presenter')
for (let i = 0; i < 40; i++) {
  const url = page.url()
  const text = await page.locator('main').innerText()
  if (url.endsWith('/done')) break
  await page.keyboard.press('ArrowRight')
  try {
    await page.waitForFunction(([u, t]) => location.href !== u || document.querySelector('main').innerText !== t, [url, text], { timeout: 5000 })
  } catch { console.log('stuck at', url); break }
  await page.waitForTimeout(300)
  console.log(i, page.url().split('/').pop(), await page.locator('h1').innerText())
}
await page.screenshot({ path: '/tmp/demo-2.png', fullPage: true })
await browser.close()
