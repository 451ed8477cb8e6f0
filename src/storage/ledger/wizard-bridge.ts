// The wizard's way into the ledger. Each function is one transaction: a registration enters the ledger as
// 进行中 as soon as its account step is done (its email is then taken) and its admin counts as soon as the
// admin step is done, so two registrations open at once can never both take one email or push an ID card
// past its limit. 提交 finalises the record; deleting an unfinished registration removes it.
import type { LocalDate, Usage } from '../../domain'
import { ledgerDb } from './db'
import { asWriteResult, type LedgerWriteResult } from '../../domain/ledger'
import { writeAppId, writeFailure, writeFinal, writeRemoval, type RegistrationOutcome } from './finalise'
import { writeInProgress, type InProgressEntry } from './in-progress'
import { usageFor, usageTables, type UsageQuery } from './usage-query'
import {
  accountChoices,
  adminChoices,
  clientChoices,
  subjectChoices,
  type AccountChoice,
  type AdminChoice,
  type ClientChoice,
  type SubjectChoice,
} from './wizard-choices'

export type { InProgressEntry, RegistrationOutcome, UsageQuery }
export type { AccountChoice, AdminChoice, ClientChoice, SubjectChoice }
export type { LedgerRefused, LedgerWriteResult, RefusalReason } from '../../domain/ledger'

const writeTables = [...usageTables, 'fees', 'clients']

/**
 * What the ledger holds for the identities given (others are left out of the result): `emailsInUse` holds
 * the email if the ledger has it; `idCardMiniPrograms`, `phoneMiniPrograms` and `subjectMiniPrograms` count
 * mini programs (进行中 ones included); `officialAccount` is filled when the account is in the ledger. With
 * `exceptCaseId`, that registration's own record is left out, so it never counts against itself.
 * Feed the result to `checkQuotas`.
 */
export async function ledgerUsage(
  query: UsageQuery & { exceptCaseId?: string },
  today: LocalDate,
): Promise<Usage> {
  const db = ledgerDb()
  return db.transaction('r', usageTables, async () => {
    const except = query.exceptCaseId
      ? await db.miniPrograms.where('caseId').equals(query.exceptCaseId).first()
      : undefined
    return usageFor(db, query, today, except)
  })
}

/** What the wizard can pick instead of typing again, each list read in one transaction. */
export const ledgerChoices = {
  clients: () => ledgerDb().transaction('r', ['clients'], () => clientChoices(ledgerDb())),
  subjects: (filter: Parameters<typeof subjectChoices>[1]) =>
    ledgerDb().transaction('r', ['subjects', 'miniPrograms'], () => subjectChoices(ledgerDb(), filter)),
  accounts: (creditCode: string) =>
    ledgerDb().transaction('r', ['officialAccounts', 'subjects'], () =>
      accountChoices(ledgerDb(), creditCode),
    ),
  admins: () => ledgerDb().transaction('r', ['admins', 'miniPrograms'], () => adminChoices(ledgerDb())),
}

/**
 * Creates or updates the 进行中 mini program of registration `caseId`: takes its email, finds or adds its
 * subject and admin, and on the reuse path adds the account's fast-registration association (adding the
 * account, from `officialAccount`, when the ledger does not have it). Refuses, writing nothing, when the
 * email is taken or a quota is exceeded (with `ruleSet`). A submitted registration's record is left as it is.
 */
export async function recordInProgress(entry: InProgressEntry): Promise<LedgerWriteResult> {
  const db = ledgerDb()
  return asWriteResult(() =>
    db.transaction('rw', writeTables, async () => {
      await writeInProgress(db, entry)
    }),
  )
}

/**
 * 提交: the record becomes 已注册 with the outcome (name, AppID, certification and its expiry, fees paid).
 * Submitting a second time changes nothing. Refuses when no record has this `caseId`.
 */
export async function finaliseRegistration(
  caseId: string,
  outcome: RegistrationOutcome,
): Promise<LedgerWriteResult> {
  const db = ledgerDb()
  return asWriteResult(() =>
    db.transaction('rw', writeTables, async () => {
      await writeFinal(db, caseId, outcome)
    }),
  )
}

/**
 * Records the AppID of registration `caseId`, finalised or not. Refuses, writing nothing, when another mini
 * program of the ledger has that AppID (`duplicate`, field `appId`) or no record has this `caseId` (`invalid`).
 */
export async function recordAppId(caseId: string, appId: string): Promise<LedgerWriteResult> {
  const db = ledgerDb()
  return asWriteResult(() =>
    db.transaction('rw', writeTables, async () => {
      await writeAppId(db, caseId, appId)
    }),
  )
}

/** The platform failed registration `caseId`: its 进行中 record becomes 注册失败 (nothing if it has none). */
export async function recordFailure(caseId: string): Promise<LedgerWriteResult> {
  const db = ledgerDb()
  return asWriteResult(() =>
    db.transaction('rw', writeTables, async () => {
      await writeFailure(db, caseId)
    }),
  )
}

/** Removes the 进行中 record of an unfinished registration (its email is free again). A submitted one stays. */
export async function removeInProgress(caseId: string): Promise<void> {
  const db = ledgerDb()
  await db.transaction('rw', writeTables, async () => {
    await writeRemoval(db, caseId)
  })
}
