// The ledger's one public face: what features may use, as src/domain/index.ts is the domain's. Features import
// from here, never from a file beside it (lint enforces that). The wizard reaches it only through a dynamic
// import() (features/wizard/ledger-bridge.ts), so Dexie stays out of the wizard's own chunk.
// Tests may also use ./test-support, the ledger's face for tests (lint allows it in *.test.* files only).

export { ledgerDb, type LedgerDatabase } from './db'
export { tableNames, type LedgerRecord, type RecordOf, type TableName } from '../../domain/ledger'
export {
  accountTypes,
  certStatuses,
  emailUses,
  feePurposes,
  feeResults,
  invoiceStates,
  miniProgramStatuses,
  registrationPaths,
  waitingOnValues,
  type Admin,
  type Association,
  type MiniProgram,
  type OfficialAccount,
  type Subject,
} from '../../domain/ledger'
export { fieldName } from './import-problems'

// Writing and deleting records, and counting what the quotas count.
export { saveRecord } from './save'
export { saveCheckedRecord, type CheckedSaveResult } from './checked-save'
export type { Draft } from './stamp'
export { deleteRecord, deletionImpact, type DeleteResult } from './delete'
export { clearLedger } from './clear'
// How many records a table holds, kept by every write (never a count of the whole table).
export { recordCounts } from './record-counts'
export { idCardMiniPrograms, officialAccountUsage, phoneMiniPrograms, subjectMiniPrograms } from './usage'
// Mini programs whose name reads as a given one (the wizard warns of a name already used: MP_NAME).
export { miniProgramsNamed, type NamedMiniProgram } from './name-query'

// Backup, export and import; reminders and the calendar file.
export { exportLedger, lastBackupAt, type LedgerFile } from './export-file'
export { csvText, miniProgramsCsv } from './csv'
export { maxImportBytes, parseLedgerFile } from './import-parse'
export { applyImport, previewImport, type ImportMode, type ImportPreview } from './import-apply'
export { certificationHorizon, reminders, type Reminder } from './reminders'
export { calendarFile, type CalendarEvent } from './ics'

// 发布清单: a mini program's publishing progress, kept with its record.
export {
  publishingRecord,
  publishSubjectOf,
  savePublishing,
  savePublishingAsRecord,
  type PublishingRecord,
} from './publishing'

// 批量规划: what the ledger holds for a plan's identities, and where its mini programs stand.
export { planProgress, planUsage, type PlanProgress } from './plan-usage'

// 演示模式: a scenario's ledger, in the demo's own database only.
export { seedDemoLedger, type DemoSeed, type DemoSeedAdmin, type DemoSeedResult } from './demo-seed'

// The wizard's way in: each function one transaction (see ./wizard-bridge).
export {
  finaliseRegistration,
  ledgerChoices,
  ledgerUsage,
  recordAppId,
  recordFailure,
  recordInProgress,
  removeInProgress,
} from './wizard-bridge'
export type { LedgerRefused, LedgerWriteResult, RefusalReason } from '../../domain/ledger'

// 团队模式: the cache of the team's ledger, its outbox (未确认) and 同步被拒.
export {
  dismissRejected,
  pollSeconds,
  rejectedCommands,
  startTeamSync,
  syncTeamLedger,
  teamSyncState,
  type SyncState,
} from './team-sync'
export { unconfirmedKeys, type OutboxEntry, type RejectedEntry } from './outbox'
export type { CommandRefused, LedgerCommand } from '../../domain/ledger'
export { moveSoloLedgerIn, soloLedger, type MoveInOutcome, type MoveInProblem } from './move-in'
