// The browser half of bench/ledger-scale.mjs: fills a real IndexedDB ledger with `size` mini programs and
// times the quota check the wizard makes (ledger usage for one email, ID card, mobile, subject and official
// account, then checkQuotas); and fills the app's own ledger database, in the app's origin, for the page
// timings (bench/ledger-scale/pages.mjs). Records are written with bulkAdd: the bench measures reading, not
// the forms.
import { checkQuotas, ruleSets } from '../../src/domain'
import { LedgerDatabase } from '../../src/storage/ledger/db'
import { usageFor, usageTables } from '../../src/storage/ledger/usage-query'
import { ledgerDatabaseName } from '../../src/storage/store-names'

const today = '2025-05-20'
const meta = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', version: 1 }
const hex = (n: number, salt: string) => `${salt}${n.toString(16)}`.padStart(64, '0').slice(-64)
// Quotas bound how many records one identity can have: an admin binds at most 5, a subject holds at most 50.
const perAdmin = 5
const perSubject = 50
// Ids in a scrambled order, as the app's random UUIDs are (a scan meets records in no particular order of
// their names), and the same at every run.
const id = (prefix: string, n: number) =>
  `${prefix}${(Math.imul(n + 1, 2654435761) >>> 0).toString(16).padStart(8, '0')}-${n}`

async function fill(db: LedgerDatabase, size: number) {
  const subjects = Math.ceil(size / perSubject)
  await db.subjects.bulkAdd(
    Array.from({ length: subjects }, (_, i) => ({
      id: id('s', i),
      name: `主体${i}`,
      type: 'enterprise' as const,
      ...meta,
    })),
  )
  await db.officialAccounts.bulkAdd(
    Array.from({ length: subjects }, (_, i) => ({
      id: id('o', i),
      name: `公众号${i}`,
      subjectId: id('s', i),
      accountType: 'service' as const,
      certified: true,
      email: `oa${i}@example.com`,
      ...meta,
    })),
  )
  await db.admins.bulkAdd(
    Array.from({ length: Math.ceil(size / perAdmin) }, (_, i) => ({
      id: id('a', i),
      name: `管理员${i}`,
      idCardMasked: '110***********002X',
      idCardHash: hex(i, 'c'),
      mobileMasked: '138****0000',
      mobileHash: hex(i, 'd'),
      ...meta,
    })),
  )
  for (let start = 0; start < size; start += 10_000) {
    const ids = Array.from({ length: Math.min(10_000, size - start) }, (_, k) => start + k)
    await db.miniPrograms.bulkAdd(
      ids.map((i) => ({
        id: id('m', i),
        name: `小程序${i}`,
        subjectId: id('s', Math.floor(i / perSubject)),
        path: 'standalone' as const,
        status: 'registered' as const,
        certStatus: 'certified' as const,
        createdOn: '2025-01-01',
        email: `m${i}@example.com`,
        adminId: id('a', Math.floor(i / perAdmin)),
        waitingOn: [],
        ...meta,
      })),
    )
    await db.emails.bulkAdd(
      ids.map((i) => ({
        id: id('e', i),
        email: `m${i}@example.com`,
        use: 'mini-program' as const,
        ownerId: id('m', i),
        ...meta,
      })),
    )
    // Ten of each subject's mini programs are associated with its account, the latest this month.
    const linked = ids.filter((i) => i % perSubject < 10)
    await db.associations.bulkAdd(
      linked.map((i) => ({
        id: id('l', i),
        officialAccountId: id('o', Math.floor(i / perSubject)),
        miniProgramId: id('m', i),
        kind: 'same' as const,
        linkedOn: i % perSubject === 9 ? today : '2025-01-01',
        month: i % perSubject === 9 ? '2025-05' : '2025-01',
        byFastRegistration: false,
        ...meta,
      })),
    )
  }
}

/**
 * Fills the app's own ledger database (this origin's) with `size` mini programs, replacing what it held.
 * Returns the ms taken and how many records each table holds.
 */
async function fillAppLedger(size: number): Promise<{ fillMs: number; counts: Record<string, number> }> {
  const db = new LedgerDatabase(ledgerDatabaseName)
  await db.delete()
  await db.open()
  const started = performance.now()
  await fill(db, size)
  const fillMs = performance.now() - started
  const counts = Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)),
  )
  db.close()
  return { fillMs, counts }
}

/** The median of `runs` quota checks, in ms, on the app's ledger as fillAppLedger(size) left it. */
async function quotaCheck(size: number, runs: number): Promise<{ size: number; medianMs: number }> {
  const db = new LedgerDatabase(ledgerDatabaseName)
  await db.open()
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const i = Math.floor((run * 7919) % (size / perAdmin))
    const subject = Math.floor((i * perAdmin) / perSubject)
    const query = {
      email: `new${run}@example.com`,
      idCardHash: hex(i, 'c'),
      mobileHash: hex(i, 'd'),
      subjectName: `主体${subject}`,
      officialAccountEmail: `oa${subject}@example.com`,
    }
    const started = performance.now()
    const usage = await db.transaction('r', usageTables, async () => usageFor(db, query, today))
    const findings = checkQuotas(
      usage,
      { action: 'fast-register', subjectType: 'enterprise', email: query.email },
      ruleSets.current,
    )
    times.push(performance.now() - started)
    if (usage.idCardMiniPrograms !== perAdmin || findings.length === 0) throw new Error('unexpected usage')
  }
  db.close()
  times.sort((a, b) => a - b)
  return { size, medianMs: times[Math.floor(times.length / 2)]! }
}

Object.assign(globalThis, { quotaCheck, fillAppLedger })
