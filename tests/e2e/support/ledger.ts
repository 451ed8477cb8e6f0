import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** Every record of the ledger's IndexedDB database, table by table (the last-backup note left out). */
export async function dumpLedger(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mp-wizard-ledger')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const out: Record<string, unknown[]> = {}
    for (const name of [...db.objectStoreNames].filter((n) => n !== 'meta')) {
      out[name] = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll()
        request.onsuccess = () => resolve(request.result as unknown[])
      })
    }
    db.close()
    return out
  })
}

/** Saves the form on the page and waits for the record's own page. */
async function save(page: Page, heading: string | RegExp) {
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
}

export async function addSubject(page: Page, name: string, creditCode: string) {
  await page.goto('/ledger/subjects/new')
  await page.getByLabel('主体名称').fill(name)
  await page.getByLabel('统一社会信用代码').fill(creditCode)
  await save(page, name)
}

export async function addAdmin(page: Page, name: string, idCard: string, mobile: string) {
  await page.goto('/ledger/admins/new')
  await page.getByLabel('管理员姓名').fill(name)
  await page.getByLabel('管理员身份证').fill(idCard)
  await page.getByLabel('管理员手机').fill(mobile)
  await save(page, name)
}

export async function addAccount(page: Page, name: string, subject: string, email: string) {
  await page.goto('/ledger/accounts/new')
  await page.getByLabel('公众号名称').fill(name)
  await page.getByLabel(/^主体(（选填）)?$/).selectOption({ label: subject })
  await page.getByLabel('已认证').check()
  await page.getByLabel('认证到期日').fill('2030-01-31')
  await page.getByLabel('登录邮箱').fill(email)
  await save(page, name)
}

/** Opens the mini program form filled in; the caller saves it (or expects it refused). */
export async function fillMiniProgram(
  page: Page,
  email: string,
  options: { admin?: string; subject?: string; name?: string },
) {
  await page.goto('/ledger/mini-programs/new')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('添加小程序')
  if (options.name) await page.getByLabel('小程序名称').fill(options.name)
  await page.getByLabel('登录邮箱').fill(email)
  if (options.subject) await page.getByLabel(/^主体(（选填）)?$/).selectOption({ label: options.subject })
  if (options.admin) await page.getByLabel(/^管理员(（选填）)?$/).selectOption({ label: options.admin })
}

export async function addMiniProgram(
  page: Page,
  email: string,
  options: { admin?: string; subject?: string; name?: string },
) {
  await fillMiniProgram(page, email, options)
  await save(page, options.name ?? email)
}

const stamp = { createdAt: '2025-05-01T00:00:00.000Z', updatedAt: '2025-05-01T00:00:00.000Z', version: 1 }

type Row = { id: string } & Record<string, unknown>

const tableNames = [
  'clients',
  'subjects',
  'officialAccounts',
  'admins',
  'miniPrograms',
  'associations',
  'emails',
  'fees',
] as const

/** A ledger export file (version 2) holding these rows, each stamped; a table not given is empty. */
export function ledgerFile(tables: Partial<Record<(typeof tableNames)[number], Row[]>>): string {
  const stamped = Object.fromEntries(
    tableNames.map((name) => [name, (tables[name] ?? []).map((row) => ({ ...row, ...stamp }))]),
  )
  return JSON.stringify({
    format: 'mp-wizard-ledger',
    version: 2,
    exportedAt: stamp.createdAt,
    tables: stamped,
  })
}

/**
 * `count` registered mini programs of a subject, the n-th created in month n of 2025 (so this month's quotas
 * are untouched), each with its email row; with `accountId`, each linked to that account as same-subject.
 */
export function registeredPrograms(
  count: number,
  options: { subjectId: string; accountId?: string; adminId?: string; name?: (n: number) => string },
) {
  if (count > 12) throw new Error('one mini program a month of 2025: at most 12')
  const programs = Array.from({ length: count }, (_, index) => {
    const n = index + 1
    return { id: `m${n}`, email: `store${n}@example.com`, month: `2025-${String(n).padStart(2, '0')}`, n }
  })
  return {
    miniPrograms: programs.map((mp) => ({
      id: mp.id,
      ...(options.name ? { name: options.name(mp.n) } : {}),
      subjectId: options.subjectId,
      ...(options.adminId ? { adminId: options.adminId } : {}),
      path: 'standalone',
      status: 'registered',
      certStatus: 'certified',
      createdOn: `${mp.month}-01`,
      email: mp.email,
      waitingOn: [],
    })),
    associations: options.accountId
      ? programs.map((mp) => ({
          id: `l-${mp.id}`,
          officialAccountId: options.accountId,
          miniProgramId: mp.id,
          kind: 'same',
          linkedOn: `${mp.month}-15`,
          month: mp.month,
          byFastRegistration: false,
        }))
      : [],
    emails: programs.map((mp) => ({
      id: `e-${mp.id}`,
      email: mp.email,
      use: 'mini-program',
      ownerId: mp.id,
    })),
  }
}

/** A small ledger file: a subject with a certified account, an admin, and a mini program linked to the account. */
export function sampleLedgerFile(): string {
  const tables = {
    clients: [{ id: 'c1', name: '示例客户', ...stamp }],
    subjects: [
      {
        id: 's1',
        name: '示例科技有限公司',
        type: 'enterprise',
        creditCode: '91350100M000100Y43',
        clientId: 'c1',
        ...stamp,
      },
    ],
    officialAccounts: [
      {
        id: 'o1',
        name: '示例服务号',
        subjectId: 's1',
        accountType: 'service',
        certified: true,
        certExpiry: '2030-01-31',
        email: 'oa@example.com',
        ...stamp,
      },
    ],
    admins: [
      {
        id: 'a1',
        name: '王五',
        idCardMasked: '110***********002X',
        idCardHash: 'a'.repeat(64),
        mobileMasked: '137****7000',
        mobileHash: 'b'.repeat(64),
        ...stamp,
      },
    ],
    miniPrograms: [
      {
        id: 'm1',
        name: '示例工具',
        subjectId: 's1',
        path: 'standalone',
        status: 'registered',
        certStatus: 'certified',
        certExpiry: '2030-02-01',
        createdOn: '2025-05-01',
        email: 'x@example.com',
        adminId: 'a1',
        waitingOn: [],
        ...stamp,
      },
    ],
    associations: [
      {
        id: 'l1',
        officialAccountId: 'o1',
        miniProgramId: 'm1',
        kind: 'same',
        linkedOn: '2025-05-01',
        month: '2025-05',
        byFastRegistration: false,
        ...stamp,
      },
    ],
    emails: [
      { id: 'e1', email: 'oa@example.com', use: 'official-account', ownerId: 'o1', ...stamp },
      { id: 'e2', email: 'x@example.com', use: 'mini-program', ownerId: 'm1', ...stamp },
      { id: 'e3', email: 'elsewhere@example.com', use: 'other', ...stamp },
    ],
    fees: [
      {
        id: 'f1',
        purpose: 'certification',
        amount: 300,
        paidOn: '2025-05-02',
        invoice: 'requested',
        result: 'approved',
        miniProgramId: 'm1',
        ...stamp,
      },
    ],
  }
  return JSON.stringify({ format: 'mp-wizard-ledger', version: 2, exportedAt: stamp.createdAt, tables })
}

/** Fills the ledger through its own import page. */
export async function importLedger(page: Page, text: string) {
  await page.goto('/ledger/backup')
  await page
    .getByLabel('选择台账文件（.json）')
    .setInputFiles({ name: 'ledger.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await page.getByRole('button', { name: '导入', exact: true }).click()
  await expect(page.getByRole('region', { name: '导入完成。' })).toBeVisible()
}
