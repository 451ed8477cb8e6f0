import { expect, expectNoAxeViolations, openPage, test } from './support/fixtures'

// Issue 11 (B): the field rules re-checked on 2026-12-01 as the rule book shows them in Chromium — the server
// domain (wss ports, UDP/TCP, parent domains; rule: SERVER_DOMAIN) and the admin ID card (the permanent
// residence card, unverified; rule: ID_CARD_NUMBER) — at a phone's width and a desktop's.
for (const width of [360, 1280]) {
  test(`the rule book shows the re-checked field rules at ${width} px`, async ({ page }) => {
    test.slow() // the whole rule book, and axe over it, on a shared two-core machine
    await page.setViewportSize({ width, height: 900 })
    await openPage(page, '/rules#SERVER_DOMAIN')
    const domain = page.locator('article#SERVER_DOMAIN')
    await expect(domain.getByRole('heading', { level: 2 })).toHaveText(/服务器域名/)
    await expect(domain).toContainText('wss 域名无需端口，该域名下所有端口都可用')
    await expect(domain).toContainText('不支持父域名和通配符')
    await expect(domain).toContainText('UDP、TCP 合法域名也可配置，但填写格式官方文档没有写明')
    await domain.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `/tmp/b-server-domain-${width}.png` })

    const idCard = page.locator('article#ID_CARD_NUMBER')
    await expect(idCard).toContainText('外国人永久居留身份证')
    await expect(idCard).toContainText('平台是否接受未能核实')
    await idCard.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `/tmp/b-id-card-${width}.png` })

    await expectNoAxeViolations(page)
  })
}
