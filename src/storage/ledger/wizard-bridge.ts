// The wizard's way into the ledger. Each function is one transaction: a registration enters the ledger as
// 进行中 as soon as its account step is done (its email is then taken) and its admin counts as soon as the
// admin step is done, so two registrations open at once can never both take one email or push an ID card
// past its limit. 提交 finalises the record; deleting an unfinished registration removes it.
import { ruleSets, type LocalDate, type RuleSet, type Usage } from '../../domain'
import { todayInChina } from '../../platform/clock'
import { runLedgerCommand, type RunOutcome, type Unsent } from './commands'
import { ledgerDb } from './db'
import type {
  InProgressEntry,
  LedgerCommand,
  LedgerWriteResult,
  RefusalReason,
  RegistrationOutcome,
} from '../../domain/ledger'
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

/** A wizard write as a command; the caller sees a refusal as the wizard's own kind of refusal. */
async function run(
  command: Unsent<LedgerCommand>,
  rules: { ruleSet?: RuleSet; today?: LocalDate } = {},
): Promise<LedgerWriteResult & { unconfirmed?: true }> {
  const outcome: RunOutcome = await runLedgerCommand(ledgerDb(), command, {
    ruleSet: rules.ruleSet ?? ruleSets.current,
    today: rules.today ?? todayInChina(),
  })
  if (outcome.ok) return outcome.unconfirmed ? { ok: true, unconfirmed: true } : { ok: true }
  const known: readonly string[] = ['email-in-use', 'quota', 'invalid', 'duplicate', 'role']
  const reason = (known.includes(outcome.reason) ? outcome.reason : 'invalid') as RefusalReason
  return { ok: false, reason, findings: outcome.findings, ...(outcome.field ? { field: outcome.field } : {}) }
}

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
export async function recordInProgress(entry: InProgressEntry) {
  const { today, ruleSet, ...fields } = entry
  return run({ kind: 'in-progress', entry: fields }, { today, ruleSet })
}

/**
 * 提交: the record becomes 已注册 with the outcome (name, AppID, certification and its expiry, fees paid).
 * Submitting a second time changes nothing. Refuses when no record has this `caseId`.
 */
export async function finaliseRegistration(
  caseId: string,
  outcome: Omit<RegistrationOutcome, 'ruleSet'> & { ruleSet?: RuleSet },
) {
  const { today, ruleSet, ...fields } = outcome
  return run(
    {
      kind: 'finalise',
      caseId,
      outcome: {
        ...fields,
        fees: fields.fees?.map((fee) => ({ ...fee })),
        waitingOn: fields.waitingOn ? [...fields.waitingOn] : undefined,
      },
    },
    { today, ruleSet },
  )
}

/**
 * Records the AppID of registration `caseId`, finalised or not. Refuses, writing nothing, when another mini
 * program of the ledger has that AppID (`duplicate`, field `appId`) or no record has this `caseId` (`invalid`).
 */
export async function recordAppId(caseId: string, appId: string) {
  return run({ kind: 'app-id', caseId, appId })
}

/** The platform failed registration `caseId`: its 进行中 record becomes 注册失败 (nothing if it has none). */
export async function recordFailure(caseId: string) {
  return run({ kind: 'failure', caseId })
}

/** Removes the 进行中 record of an unfinished registration (its email is free again). A submitted one stays. */
export async function removeInProgress(caseId: string): Promise<void> {
  await run({ kind: 'removal', caseId })
}
