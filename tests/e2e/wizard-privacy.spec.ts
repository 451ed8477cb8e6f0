import { expect, test } from './support/fixtures'
import { masked, people, readAllStorage, Wizard, walkTimeout } from './support/wizard'

// Full numbers: 18 characters of an ID card, or 11 digits of a mobile, not part of a longer token (hashes,
// keys and ids are hex or base64, so their neighbours are letters or digits).
const edge = '[0-9A-Za-z+/]'
const fullIdCard = new RegExp(`(?<!${edge})\\d{17}[\\dXx](?!${edge})`)
const fullMobile = new RegExp(`(?<!${edge})(\\+?86)?1[3-9]\\d{9}(?!${edge})`)

test('after a full run nothing stored holds a full ID card or mobile number, or the password checked', async ({
  page,
}) => {
  test.setTimeout(walkTimeout)
  const password = 'Zebra#Mango7731'
  const wizard = new Wizard(page)
  await wizard.start('standalone')
  await wizard.standaloneEnterprise({ email: 'mp-privacy@example.com', admin: people.adult, password })
  await wizard.submit()
  expect(page.url()).not.toContain(password)

  const stored = await readAllStorage(page)
  // The scan reads what the wizard keeps: the case in localStorage and the ledger in IndexedDB.
  expect(stored).toContain(masked.adultIdCard)
  expect(stored).toContain(masked.adultMobile)
  expect(stored).toMatch(/^indexedDB mp-wizard-ledger\//m)
  // None of the full numbers typed, nor any other full number; nothing of the password check.
  expect(stored).not.toContain(people.adult.idCard)
  expect(stored).not.toContain(people.adult.mobile)
  expect(stored).not.toMatch(fullIdCard)
  expect(stored).not.toMatch(fullMobile)
  expect(stored).not.toContain(password)
  expect(stored).not.toContain('Zebra')
})

test('an admin change begun from check answers and left unsaved leaves no full number behind', async ({
  page,
}) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.start('standalone')
  await wizard.standaloneIndividual('mp-privacy-edit@example.com', people.second)
  // 修改 the admin, type another one in full, then think better of it and go back to check answers.
  await page.getByRole('link', { name: '修改 管理员身份证' }).click()
  await wizard.expectStep('admin')
  await wizard.fillAdmin(people.third)
  await page.goBack()
  await wizard.expectStep('review')
  await wizard.expectRow('管理员身份证', '310***********0212')
  await wizard.submit({ arrived: true })

  const stored = await readAllStorage(page)
  expect(stored).toContain('310***********0212')
  for (const number of [
    people.second.idCard,
    people.second.mobile,
    people.third.idCard,
    people.third.mobile,
  ]) {
    expect(stored).not.toContain(number)
  }
  expect(stored).not.toMatch(fullIdCard)
  expect(stored).not.toMatch(fullMobile)
})

test('an admin step left half-done keeps no full number: not after a reload, not after the tab is closed', async ({
  page,
  context,
}) => {
  test.setTimeout(walkTimeout)
  const wizard = new Wizard(page)
  await wizard.start('standalone')
  await wizard.standaloneAccount('mp-privacy-draft@example.com')
  await wizard.subjectType('企业')
  await wizard.subjectInfo()
  await wizard.verificationMethod('微信认证')
  await wizard.expectStep('admin')
  await wizard.fillAdmin(people.third)
  // The name is saved as typed: wait for it, so the scan sees the draft the wizard keeps.
  await expect.poll(() => readAllStorage(page)).toContain(people.third.name)
  const typed = await readAllStorage(page)

  await page.reload()
  await wizard.expectStep('admin', { focus: false })
  await expect(page.getByText('请重新填写身份证号码和手机号码')).toBeVisible()
  await expect(page.getByText(/完整的身份证号码和手机号码不会保存在浏览器里/)).toBeVisible()
  await expect(page.getByLabel('管理员姓名')).toHaveValue(people.third.name)
  await expect(page.getByLabel('管理员身份证')).toHaveValue('')
  await expect(page.getByLabel('管理员手机')).toHaveValue('')
  const reloaded = await readAllStorage(page)

  await page.close()
  const later = await context.newPage()
  await later.goto('/register')
  await expect(later.getByRole('heading', { level: 1 })).toBeVisible()
  const afterClose = await readAllStorage(later)

  for (const stored of [typed, reloaded, afterClose]) {
    expect(stored).toContain(people.third.name)
    expect(stored).not.toContain(people.third.idCard)
    expect(stored).not.toContain(people.third.mobile)
    expect(stored).not.toMatch(fullIdCard)
    expect(stored).not.toMatch(fullMobile)
  }
})
