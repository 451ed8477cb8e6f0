import { Dexie, type EntityTable } from 'dexie'
import { storageName } from '../../platform/demo-mode'
import { teamStoreName } from '../../platform/team-mode'
import { ledgerDatabaseName } from '../store-names'
import { upgradeSteps } from './migrations'
import { countMissing, recordCountsMiddleware } from './record-counts'
import type {
  Admin,
  Association,
  Client,
  EmailInUse,
  Fee,
  MiniProgram,
  OfficialAccount,
  Subject,
} from '../../domain/ledger'
import type { OutboxEntry, RejectedEntry } from './outbox'

/** Small facts about the ledger itself, such as when it was last exported. */
export interface MetaEntry {
  key: string
  value: string
}

export { ledgerDatabaseName }

// Each version lists its tables and indexes. `&` marks a unique index; `[a+b]` a compound one; `*` a
// multi-entry one. Quota counts read these indexes, never whole tables.
export const storesByVersion: Record<number, Record<string, string>> = {
  1: {
    subjects: 'id, name, &creditCode',
    officialAccounts: 'id, name, subjectId, &email, certExpiry',
    miniPrograms:
      'id, name, subjectId, adminId, &caseId, &appId, status, certExpiry, transferDeadline, [viaAccountId+status]',
    associations:
      'id, officialAccountId, miniProgramId, &[officialAccountId+miniProgramId], [officialAccountId+kind], [officialAccountId+month]',
    admins: 'id, name, idCardHash, mobileHash, &[idCardHash+mobileHash]',
    emails: 'id, &email, ownerId',
    meta: 'key',
  },
  2: {
    clients: 'id, name',
    subjects: 'id, name, &creditCode, clientId',
    miniPrograms:
      'id, name, subjectId, adminId, &caseId, &appId, status, certExpiry, transferDeadline, [viaAccountId+status], *waitingOn',
    fees: 'id, paidOn, miniProgramId, officialAccountId',
  },
  // Version 3 keeps each mini program's 发布清单 with it, and indexes the day it was released.
  3: {
    miniPrograms:
      'id, name, subjectId, adminId, &caseId, &appId, status, certExpiry, transferDeadline, [viaAccountId+status], *waitingOn, publishing.releasedOn',
  },
  // Version 4: in 团队模式, the commands not yet confirmed by the team server (in the order made) and those it
  // refused (同步被拒). A solo ledger leaves both empty.
  4: {
    outbox: 'id, &seq',
    rejected: 'id, rejectedAt',
  },
}

export class LedgerDatabase extends Dexie {
  clients!: EntityTable<Client, 'id'>
  subjects!: EntityTable<Subject, 'id'>
  officialAccounts!: EntityTable<OfficialAccount, 'id'>
  admins!: EntityTable<Admin, 'id'>
  miniPrograms!: EntityTable<MiniProgram, 'id'>
  associations!: EntityTable<Association, 'id'>
  emails!: EntityTable<EmailInUse, 'id'>
  fees!: EntityTable<Fee, 'id'>
  meta!: EntityTable<MetaEntry, 'key'>
  outbox!: EntityTable<OutboxEntry, 'id'>
  rejected!: EntityTable<RejectedEntry, 'id'>

  constructor(name = ledgerDatabaseName, upToVersion = Infinity) {
    super(name)
    for (const [version, stores] of Object.entries(storesByVersion)) {
      const number = Number(version)
      if (number > upToVersion) continue
      const declared = this.version(number).stores(stores)
      const steps = upgradeSteps[number]
      if (!steps) continue
      declared.upgrade(async (tx) => {
        for (const [table, step] of Object.entries(steps)) {
          await tx
            .table(table)
            .toCollection()
            .modify((record: Record<string, unknown>, ref) => {
              ref.value = step(record)
            })
        }
      })
    }
    // Each table's count is kept in `meta` by every write (./record-counts), so pages never count a table.
    this.use(recordCountsMiddleware)
    this.on('ready', () => countMissing(this))
  }
}

let shared: LedgerDatabase | undefined

/**
 * The browser's ledger database, opened on first use (in 演示模式, the demo's own database; in 团队模式, this
 * browser's cache of the team's ledger).
 */
export function ledgerDb(): LedgerDatabase {
  shared ??= new LedgerDatabase(teamStoreName(storageName(ledgerDatabaseName)))
  return shared
}
