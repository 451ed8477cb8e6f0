import { isDemoMode } from '../../platform/demo-mode'
import { clearLedger } from './clear'
import { ledgerDb, type LedgerDatabase } from './db'
import { saveRecord } from './save'
import type { SubjectType } from '../../domain'

/** An admin the demo ledger holds, bound to `miniPrograms` mini programs (masked numbers and keyed hashes). */
export interface DemoSeedAdmin {
  name: string
  idCardMasked: string
  idCardHash: string
  mobileMasked: string
  mobileHash: string
  miniPrograms: number
}

/** What a 演示模式 scenario's ledger holds before it starts: counted by the wizard's quota checks as usual. */
export interface DemoSeed {
  /** The scenario's subject, when it has mini programs already (SUBJECT_TOTAL). */
  subject?: { name: string; type: SubjectType; creditCode?: string; miniPrograms: number }
  admins: readonly DemoSeedAdmin[]
  /** A fictional email for the n-th mini program the seed adds. */
  email: (n: number) => string
  createdOn: string
}

export type DemoSeedResult =
  { ok: true; miniPrograms: number } | { ok: false; reason: 'not-demo' | 'refused' }

/**
 * Empties the demo ledger and fills it with what a scenario needs. Only ever in 演示模式: out of it the real
 * ledger is the one open, so this refuses and writes nothing.
 */
export async function seedDemoLedger(
  seed: DemoSeed,
  db: LedgerDatabase = ledgerDb(),
): Promise<DemoSeedResult> {
  if (!isDemoMode()) return { ok: false, reason: 'not-demo' }
  let count = 0
  const add = async (table: Parameters<typeof saveRecord>[1], draft: Record<string, unknown>) => {
    const result = await saveRecord(db, table, draft as never, null)
    if (!result.ok) throw new Error(`demo seed refused: ${table}`)
    return result.record.id
  }
  const fill = async () => {
    await clearLedger(db)
    const miniProgram = (extra: Record<string, unknown>) => {
      count += 1
      return add('miniPrograms', {
        path: 'standalone',
        status: 'registered',
        certStatus: 'none',
        createdOn: seed.createdOn,
        email: seed.email(count),
        waitingOn: [],
        ...extra,
      })
    }
    if (seed.subject) {
      const { miniPrograms, ...fields } = seed.subject
      const subjectId = await add('subjects', fields)
      for (let i = 0; i < miniPrograms; i += 1) await miniProgram({ subjectId })
    }
    for (const admin of seed.admins) {
      const { miniPrograms, ...fields } = admin
      const adminId = await add('admins', fields)
      for (let i = 0; i < miniPrograms; i += 1) await miniProgram({ adminId })
    }
  }
  try {
    // One transaction: a refused record leaves the demo ledger as it was.
    await db.transaction('rw', db.tables, fill)
  } catch {
    return { ok: false, reason: 'refused' }
  }
  return { ok: true, miniPrograms: count }
}
