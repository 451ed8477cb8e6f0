// Helpers for the ledger's unit tests (fake-indexeddb stands in for the browser's IndexedDB).
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { LedgerDatabase } from './db'
import { saveRecord } from './save'
import type { Draft } from './stamp'
import type { RecordOf, TableName } from '../../domain/ledger'

// Dexie may have been loaded before the fake was installed: point it at the fake explicitly.
Dexie.dependencies.indexedDB = indexedDB
Dexie.dependencies.IDBKeyRange = IDBKeyRange

let counter = 0

/** A fresh, empty ledger database of its own. */
export function freshDb(): LedgerDatabase {
  counter += 1
  return new LedgerDatabase(`ledger-test-${counter}-${Math.random().toString(36).slice(2)}`)
}

/** A 64-character hex string standing in for a keyed hash. */
export function fakeHash(seed: string): string {
  let hex = ''
  for (const char of seed.padEnd(32, '.')) hex += char.charCodeAt(0).toString(16).padStart(2, '0').slice(-2)
  return hex.slice(0, 64).padEnd(64, '0')
}

/** Adds a record and returns it; fails the test if the ledger refuses it. */
export async function add<K extends TableName>(db: LedgerDatabase, table: K, draft: Draft<RecordOf[K]>) {
  const result = await saveRecord(db, table, draft, null)
  if (!result.ok) throw new Error(`could not add to ${table}: ${JSON.stringify(result)}`)
  return result.record
}

import { miniProgramDraft } from '../../domain/ledger/samples.test-support'

export { miniProgramDraft }

export const sampleCreditCode = '91350100M000100Y43'

export function adminDraft(seed: string, name = '张三') {
  return {
    name,
    idCardMasked: '110***********123X',
    idCardHash: fakeHash(`id-${seed}`),
    mobileMasked: '138****1234',
    mobileHash: fakeHash(`mo-${seed}`),
  }
}

/** A subject with a certified service account (oa@example.com), and an individual subject beside it. */
export async function subjectsWithAccount(db: LedgerDatabase) {
  const subject = await add(db, 'subjects', {
    name: '甲公司',
    type: 'enterprise',
    creditCode: sampleCreditCode,
  })
  const other = await add(db, 'subjects', { name: '乙', type: 'individual' })
  const account = await add(db, 'officialAccounts', {
    name: '甲公司服务号',
    subjectId: subject.id,
    accountType: 'service',
    certified: true,
    email: 'oa@example.com',
  })
  return { subject, other, account }
}

/**
 * `count` mini programs of the account's subject, each associated with the account by hand (not by fast
 * registration), on the dates `linkedOn(n)` gives (n from 1).
 */
export async function linkMiniPrograms(
  db: LedgerDatabase,
  { subject, account }: { subject: { id: string }; account: { id: string } },
  count: number,
  linkedOn: (n: number) => string,
) {
  for (let n = 1; n <= count; n += 1) {
    const mp = await add(db, 'miniPrograms', miniProgramDraft(`l${n}@example.com`, { subjectId: subject.id }))
    await add(db, 'associations', {
      officialAccountId: account.id,
      miniProgramId: mp.id,
      kind: 'same',
      linkedOn: linkedOn(n),
      month: '',
      byFastRegistration: false,
    })
  }
}

/** A localStorage stand-in for the identity key. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  }
}

/** A small ledger of every kind of record, wired together. */
export async function sampleLedger(db: LedgerDatabase) {
  const client = await add(db, 'clients', { name: '示例客户', contact: '李四 13800138000' })
  const subject = await add(db, 'subjects', {
    name: '甲公司',
    type: 'enterprise',
    creditCode: sampleCreditCode,
    clientId: client.id,
  })
  const account = await add(db, 'officialAccounts', {
    name: '甲公司服务号',
    subjectId: subject.id,
    accountType: 'service',
    certified: true,
    certExpiry: '2025-07-01',
    email: 'oa@example.com',
  })
  const admin = await add(db, 'admins', adminDraft('sample'))
  const mp = await add(
    db,
    'miniPrograms',
    miniProgramDraft('mp@example.com', { name: '=HYPERLINK("x")', subjectId: subject.id, adminId: admin.id }),
  )
  await add(db, 'associations', {
    officialAccountId: account.id,
    miniProgramId: mp.id,
    kind: 'same',
    linkedOn: '2025-05-01',
    month: '',
    byFastRegistration: false,
  })
  await add(db, 'emails', { email: 'elsewhere@example.com', use: 'other', notes: '开放平台' })
  await add(db, 'fees', { purpose: 'certification', amount: 300, invoice: 'received', miniProgramId: mp.id })
  return { client, subject, account, admin, mp }
}

/** An enterprise subject 甲公司 and its registered mini program (shop@example.com), named `name`. */
export async function enterpriseMiniProgram(db: LedgerDatabase, name = '甲商城') {
  const subject = await add(db, 'subjects', {
    name: '甲公司',
    type: 'enterprise',
    creditCode: sampleCreditCode,
  })
  const miniProgram = await add(
    db,
    'miniPrograms',
    miniProgramDraft('shop@example.com', { name, subjectId: subject.id }),
  )
  return { subject, miniProgram }
}
