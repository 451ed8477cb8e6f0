import type { LocalDate, OfficialAccountUsage } from '../../domain'
import * as counted from '../../domain/ledger'
import type { LedgerReader, MiniProgram, RecordOf, TableName } from '../../domain/ledger'
import type { LedgerDatabase } from './db'

// Usage counts for checkQuotas: the domain counts (one copy, shared with the team server), this ledger
// answers its questions from Dexie's indexes.

/** The browser ledger as the domain's `LedgerReader`: each `find` is one index lookup (db.ts names them). */
export function dexieReader(db: LedgerDatabase): LedgerReader {
  return {
    get: <K extends TableName>(table: K, id: string) =>
      db.table(table).get(id) as Promise<RecordOf[K] | undefined>,
    find: <K extends TableName>(table: K, match: Readonly<Record<string, string>>) => {
      const fields = Object.keys(match)
      const values = Object.values(match)
      const index = fields.length === 1 ? fields[0]! : `[${fields.join('+')}]`
      const key = values.length === 1 ? values[0]! : values
      return db.table(table).where(index).equals(key).toArray() as Promise<RecordOf[K][]>
    },
  }
}

/** Mini programs bound to an admin ID card (by keyed hash). ID_CARD_LIMIT */
export function idCardMiniPrograms(db: LedgerDatabase, hash: string, except?: MiniProgram) {
  return counted.idCardMiniPrograms(dexieReader(db), hash, except)
}

/** Mini programs registered with an admin mobile (by keyed hash). PHONE_LIMIT */
export function phoneMiniPrograms(db: LedgerDatabase, hash: string, except?: MiniProgram) {
  return counted.phoneMiniPrograms(dexieReader(db), hash, except)
}

/** Mini programs of the subjects with these ids. SUBJECT_TOTAL */
export function subjectMiniPrograms(db: LedgerDatabase, subjectIds: readonly string[], except?: MiniProgram) {
  return counted.subjectMiniPrograms(dexieReader(db), subjectIds, except)
}

/** The subjects a credit code (or, for an individual without one, a name) names. */
export function findSubjectIds(db: LedgerDatabase, creditCode?: string, name?: string) {
  return counted.findSubjectIds(dexieReader(db), creditCode, name)
}

/** What an official account already has, counted from its associations. */
export function officialAccountUsage(
  db: LedgerDatabase,
  accountId: string,
  today: LocalDate,
  except?: MiniProgram,
): Promise<OfficialAccountUsage | undefined> {
  return counted.officialAccountUsage(dexieReader(db), accountId, today, except)
}
