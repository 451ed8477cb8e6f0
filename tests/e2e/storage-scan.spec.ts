import type { Page } from '@playwright/test'
import { samples } from '../../src/domain/samples'
import { expect, openPage, test } from './support/fixtures'
import { addAdmin, addMiniProgram } from './support/ledger'
import { people, Wizard, walkTimeout } from './support/wizard'

// Issue 15: after both wizard paths (the admin's full ID card and mobile typed, the optional password check
// used), demo mode's rehearsal screens (which show sample secrets) and a ledger record with an admin, nothing
// the browser keeps holds a password, a sample secret, or a full ID card or mobile number: not localStorage,
// sessionStorage, any IndexedDB database and store, nor Cache Storage (the service worker is on here, so its
// cache exists; the other specs block it).
test.use({ serviceWorkers: 'allow' })

interface Scan {
  text: string
  localKeys: number
  sessionKeys: number
  databases: string[]
  stores: number
  records: number
  caches: string[]
  cacheEntries: number
  scripts: number
}

/** Everything the origin keeps, as text: storage keys and values, IndexedDB records, Cache Storage bodies. */
async function scanStorage(page: Page): Promise<Scan> {
  return page.evaluate(async () => {
    const out: string[] = []
    for (const [name, store] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < store.length; i += 1) {
        const key = store.key(i)!
        out.push(`${name} ${key} = ${store.getItem(key)}`)
      }
    }
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const databases: string[] = []
    let stores = 0
    let records = 0
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue
      databases.push(info.name)
      const db = await request(indexedDB.open(info.name))
      for (const storeName of Array.from(db.objectStoreNames)) {
        stores += 1
        const store = db.transaction(storeName, 'readonly').objectStore(storeName)
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())])
        records += values.length
        out.push(`indexedDB ${info.name}/${storeName} ${JSON.stringify(keys)} ${JSON.stringify(values)}`)
      }
      db.close()
    }
    // The build's JavaScript holds the rehearsal screens' sample values as constants of its code: of those
    // entries only the address is scanned; every other entry's body is read too.
    const cacheNames = await caches.keys()
    let cacheEntries = 0
    let scripts = 0
    for (const cacheName of cacheNames) {
      const cache = await caches.open(cacheName)
      for (const entry of await cache.keys()) {
        cacheEntries += 1
        const response = await cache.match(entry)
        const script = /\.m?js$/.test(new URL(entry.url).pathname)
        if (script) scripts += 1
        out.push(`cache ${cacheName} ${entry.url} ${response && !script ? await response.text() : ''}`)
      }
    }
    return {
      text: out.join('\n'),
      localKeys: localStorage.length,
      sessionKeys: sessionStorage.length,
      databases,
      stores,
      records,
      caches: cacheNames,
      cacheEntries,
      scripts,
    }
  })
}

const fullWidth = (text: string) =>
  text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
/** 138 0013 8000 / 110105 19491231 002X: how a number is often written, spaced. */
const spaced = (text: string) => text.replace(/(.{3,4})(?=.)/g, '$1 ')

/** Each secret as typed, in full-width digits and letters, and spaced; the same with spaces and dashes removed. */
function forms(secret: string): string[] {
  return [...new Set([secret, fullWidth(secret), spaced(secret), spaced(secret).replace(/ /g, '')])]
}

const passwords = { standalone: 'Zebra#Mango7731', reuse: 'Otter$Plum4420' }

test('after both wizard paths, demo mode and a ledger admin, nothing kept holds a secret or a full number', async ({
  page,
}) => {
  test.setTimeout(walkTimeout)

  await test.step('the service worker takes charge, so its cache exists', async () => {
    await openPage(page, '/')
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready
      return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null
    })
  })

  await test.step('单独注册 to the end: the password checked, the admin typed in full', async () => {
    const wizard = new Wizard(page)
    await wizard.start('standalone')
    await wizard.standaloneEnterprise({
      email: 'scan-standalone@example.com',
      admin: people.adult,
      password: passwords.standalone,
    })
    await wizard.submit()
  })

  await test.step('复用公众号 to check answers: the password checked, another admin typed in full', async () => {
    const wizard = new Wizard(page)
    await wizard.start('reuse')
    await wizard.reuseSubject()
    await wizard.oaStatus({ certified: true, email: 'scan-oa@example.com' })
    await wizard.confirm('open-mini-program')
    await wizard.confirm('fast-register')
    await wizard.qualifications({ operatorInfo: false })
    await wizard.account('scan-reuse@example.com', { password: passwords.reuse })
    await wizard.confirm('activate-email')
    await wizard.registrationResult('注册成功，认证审核中')
    await wizard.next().click()
    await wizard.admin(people.second)
    await wizard.confirm('admin-verify')
    // A name of its own (the standalone registration's is in use: the wizard would warn of it).
    await wizard.profile({ name: '扫描复用助手', intro: '在线预约门店服务，查看排队进度。' })
    await wizard.expectStep('review')
  })

  await test.step('a ledger admin typed in full, and a mini program bound to them', async () => {
    await addAdmin(page, people.third.name, people.third.idCard, people.third.mobile)
    await addMiniProgram(page, 'scan-ledger@example.com', { admin: people.third.name })
  })

  const demoIdentities: string[] = []
  await test.step('演示模式: a scenario with its sample data, and every rehearsal screen', async () => {
    await page.goto('/demo')
    await page.getByRole('button', { name: '开启演示模式' }).first().click()
    await expect(page.getByRole('region', { name: '演示模式' })).toBeVisible()
    await page.getByRole('link', { name: '开始演示：企业单独注册（认证）' }).click()
    await page.getByRole('button', { name: '开始演示' }).click()
    await expect(page.getByRole('region', { name: '演示控制' })).toBeVisible()
    // Play to the admin's step, where the rehearsal screen shows the SMS code, and fill the sample admin.
    const heading = page.getByRole('heading', { level: 1 })
    for (let presses = 0; presses < 20 && (await heading.textContent()) !== '填写管理员信息'; presses += 1) {
      const before = await heading.textContent()
      await page.keyboard.press('ArrowRight')
      await expect(heading).not.toHaveText(before!)
    }
    await expect(heading).toHaveText('填写管理员信息')
    await page.getByRole('button', { name: '填充示例数据' }).click()
    demoIdentities.push(
      await page.getByRole('textbox', { name: '管理员身份证 示例', exact: true }).inputValue(),
      await page.getByRole('textbox', { name: '管理员手机 示例', exact: true }).inputValue(),
    )
    await page.keyboard.press('ArrowRight')
    await expect(heading).toHaveText('在平台上完成短信验证和扫码')
    await openPage(page, '/demo/screens')
    const form = page.getByRole('figure', { name: '模拟界面：小程序注册表单' })
    await expect(form.getByLabel('密码', { exact: true })).toHaveValue(samples.password)
  })

  const scan = await scanStorage(page)
  const summary =
    `storage-scan: ${scan.localKeys} localStorage keys, ${scan.sessionKeys} sessionStorage keys, ` +
    `${scan.databases.length} IndexedDB databases (${scan.databases.join(', ')}), ${scan.stores} stores, ` +
    `${scan.records} records, ${scan.caches.length} caches with ${scan.cacheEntries} entries ` +
    `(${scan.cacheEntries - scan.scripts} bodies read, ${scan.scripts} scripts by address only)`
  console.log(summary)
  test.info().annotations.push({ type: 'storage-scan', description: summary })

  // The scan reaches what the app keeps: the wizard's cases, both ledgers, the service worker's cache.
  expect(scan.text).toContain('110***********002X')
  expect(scan.databases).toEqual(expect.arrayContaining(['mp-wizard-ledger', 'mp-wizard-ledger.demo']))
  expect(scan.cacheEntries).toBeGreaterThan(0)

  const secrets: [string, string][] = [
    ['单独注册的密码检查', passwords.standalone],
    ['复用的密码检查', passwords.reuse],
    ['示例密码', samples.password],
    ['示例验证码', samples.captcha],
    ['示例短信验证码', samples.smsCode],
    ...[people.adult, people.second, people.third].flatMap((person): [string, string][] => [
      [`${person.name}的身份证`, person.idCard],
      [`${person.name}的手机`, person.mobile],
    ]),
    ...demoIdentities.map((value, i): [string, string] => [
      `演示的示例${i === 0 ? '身份证' : '手机'}`,
      value,
    ]),
  ]
  for (const [name, secret] of secrets) {
    for (const form of forms(secret)) expect(scan.text, `${name} (${form})`).not.toContain(form)
  }
})
