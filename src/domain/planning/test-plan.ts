// Test support: plan rows and ledger usage for the scheduler's tests. Hashes are stand-ins (the domain never
// reads them, it only compares them); masks follow identityFormats.
import { accountUsage } from '../quota/test-usage'
import type { PlannedRow } from './plan-row'
import type { PlanAccount, PlanUsage } from './plan-types'

/** A valid enterprise row on the standalone path, with its own subject, admin, mobile and email. */
export function planRow(row: number, over: Partial<PlannedRow> = {}): PlannedRow {
  return {
    row,
    subjectName: '示例科技有限公司',
    creditCode: '91350100M000100Y43',
    subjectType: 'enterprise',
    path: 'standalone',
    officialAccount: null,
    adminName: '张三',
    idCardMasked: `110***********${String(row).padStart(4, '0')}`,
    idCardHash: `id-${row}`,
    mobileMasked: `138****${String(row).padStart(4, '0')}`,
    mobileHash: `mobile-${row}`,
    email: `mp-${row}@example.com`,
    miniProgramName: `示例助手${row}`,
    wishedMonth: null,
    ...over,
  }
}

/** A row fast-registered on `account`. */
export function reuseRow(row: number, account: string, over: Partial<PlannedRow> = {}): PlannedRow {
  return planRow(row, { path: 'reuse', officialAccount: account, ...over })
}

/** A certified 服务号 of the sample subject with nothing used. */
export function planAccount(over: Partial<PlanAccount> = {}): PlanAccount {
  return { ...accountUsage(), type: 'service', certified: true, subject: '91350100M000100Y43', ...over }
}

export function planUsage(over: Partial<PlanUsage> = {}): PlanUsage {
  return { subjects: {}, idCards: {}, mobiles: {}, emailsInUse: [], officialAccounts: {}, ...over }
}

export const today = '2026-12-01'
export const options = { startMonth: '2026-12', today } as const
