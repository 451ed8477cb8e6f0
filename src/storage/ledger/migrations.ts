// How the ledger's records change from one schema version to the next. Each step is a pure function of one
// record, so the same step upgrades a database in the browser (db.ts) and an older export file on import.

export const ledgerSchemaVersion = 3

type StoredRecord = Record<string, unknown>
type RecordStep = (record: StoredRecord) => StoredRecord

/** The upgrade from version `n - 1` to `n`, by table; tables not named keep their records as they are. */
export const upgradeSteps: Record<number, Record<string, RecordStep>> = {
  // Version 2 adds clients and fees, what a registration is waiting on, and a certification status with
  // more than two values (pending and failed exist on the reuse path: REUSE_CERT_OUTCOME).
  2: {
    miniPrograms: (record) => {
      const { certified, ...rest } = record
      return { ...rest, certStatus: certified === true ? 'certified' : 'none', waitingOn: [] }
    },
  },
  // Version 3 adds an optional 发布清单 to each mini program: records of version 2 are valid as they are.
  3: {},
}

/** A record stored under `fromVersion` as it is under the current version. */
export function upgradeRecord(table: string, record: StoredRecord, fromVersion: number): StoredRecord {
  let upgraded = record
  for (let version = fromVersion + 1; version <= ledgerSchemaVersion; version += 1) {
    const step = upgradeSteps[version]?.[table]
    if (step) upgraded = step(upgraded)
  }
  return upgraded
}

/** The tables a version's file may hold: version 1 had no clients and no fees. */
export function tablesOf(version: number): readonly string[] {
  const core = ['subjects', 'officialAccounts', 'admins', 'miniPrograms', 'associations', 'emails']
  return version >= 2 ? ['clients', ...core, 'fees'] : core
}
