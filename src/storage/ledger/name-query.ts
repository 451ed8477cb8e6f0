import { sameMiniProgramName } from '../../domain'
import { ledgerDb, type LedgerDatabase } from './db'

/** A mini program of the ledger whose name reads as the same as one being chosen. */
export interface NamedMiniProgram {
  id: string
  name: string
  status: 'in-progress' | 'registered'
  subjectName?: string
  /** The wizard's registration the record belongs to, if any. */
  caseId?: string
}

/**
 * The ledger's mini programs whose name is the same as `name` as `sameMiniProgramName` compares them (case and
 * full-width aside). Reads the name index's keys, never whole records, until it has the matches; `exceptCaseId`
 * leaves out that registration's own record.
 */
export async function miniProgramsNamedIn(
  db: LedgerDatabase,
  name: string,
  options: { exceptCaseId?: string } = {},
): Promise<NamedMiniProgram[]> {
  const names = (await db.miniPrograms.orderBy('name').uniqueKeys()) as string[]
  const matching = names.filter((n) => sameMiniProgramName(n, name))
  if (matching.length === 0) return []
  // A registration the platform failed never took its name.
  const records = (await db.miniPrograms.where('name').anyOf(matching).toArray()).filter(
    (mp): mp is typeof mp & { status: NamedMiniProgram['status'] } =>
      mp.status !== 'failed' && (options.exceptCaseId === undefined || mp.caseId !== options.exceptCaseId),
  )
  const subjectIds = [...new Set(records.flatMap((mp) => (mp.subjectId ? [mp.subjectId] : [])))]
  const subjects = new Map(
    (await db.subjects.bulkGet(subjectIds)).flatMap((s) => (s ? [[s.id, s.name]] : [])),
  )
  return records.map((mp) => ({
    id: mp.id,
    name: mp.name ?? name,
    status: mp.status,
    ...(mp.subjectId && subjects.has(mp.subjectId) ? { subjectName: subjects.get(mp.subjectId) } : {}),
    ...(mp.caseId ? { caseId: mp.caseId } : {}),
  }))
}

/** The same, in one read transaction of the browser's ledger: the wizard's way in. */
export function miniProgramsNamed(name: string, options: { exceptCaseId?: string } = {}) {
  const db = ledgerDb()
  return db.transaction('r', ['miniPrograms', 'subjects'], () => miniProgramsNamedIn(db, name, options))
}
