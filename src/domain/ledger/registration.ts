import { z } from 'zod'
import type { LocalDate } from '../dates'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { appId, localDate, miniProgramName } from './record-fields'
import {
  certStatuses,
  feePurposes,
  feeResults,
  waitingOnValues,
  type Fee,
  type MiniProgram,
  type WaitingOn,
} from './records'
import { LedgerRefusal } from './refusal'
import { saveRecordIn, type LedgerStore, type SaveFailure } from './write'

// The wizard's writes after a registration is 进行中 (in-progress.ts): 提交, the AppID, a failure, a removal.
// The browser's ledger and the team server run these same functions over their own store.

export interface RegistrationOutcome {
  today: LocalDate
  /** 小程序名称 and AppID, once known. */
  name?: string
  appId?: string
  /** The mini program's certification: certified, failed (认证未成功), pending, or not applied for. */
  certStatus?: MiniProgram['certStatus']
  /** When certification lapses; by default CERT_VALIDITY from today, or the account's expiry on reuse. */
  certExpiry?: LocalDate
  /** The last day of a small transfer (TRANSFER_VERIFY), when that is how the subject is verified. */
  transferDeadline?: LocalDate
  waitingOn?: readonly WaitingOn[]
  /** Money paid on the way (certification fees), recorded once. */
  fees?: readonly { purpose: Fee['purpose']; amount: number; paidOn?: LocalDate; result?: Fee['result'] }[]
  /** The rule set for CERT_VALIDITY. */
  ruleSet: RuleSet
}

/** An outcome as a command carries it: `today` and the rule set are the ledger's own (the server's, in a team). */
export const registrationOutcomeSchema = z.strictObject({
  name: miniProgramName.optional(),
  appId: appId.optional(),
  certStatus: z.enum(certStatuses).optional(),
  certExpiry: localDate.optional(),
  transferDeadline: localDate.optional(),
  waitingOn: z.array(z.enum(waitingOnValues)).max(waitingOnValues.length).optional(),
  fees: z
    .array(
      z.strictObject({
        purpose: z.enum(feePurposes),
        amount: z.number().min(0).max(1_000_000),
        paidOn: localDate.optional(),
        result: z.enum(feeResults).optional(),
      }),
    )
    .max(10)
    .optional(),
})

/** `date` plus whole years; 29 February becomes 28 February in a year without it. */
export function addYears(date: LocalDate, years: number): LocalDate {
  const year = Number(date.slice(0, 4)) + years
  const rest = date.slice(4)
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return `${String(year).padStart(4, '0')}${rest === '-02-29' && !leap ? '-02-28' : rest}`
}

async function caseRecord(store: LedgerStore, caseId: string): Promise<MiniProgram | undefined> {
  const [mp] = await store.find('miniPrograms', { caseId })
  return mp
}

async function expiryFor(store: LedgerStore, mp: MiniProgram, outcome: RegistrationOutcome) {
  if (outcome.certExpiry || outcome.certStatus !== 'certified') return outcome.certExpiry
  const rule = requireRuleValue(outcome.ruleSet, 'CERT_VALIDITY')
  // rule: CERT_VALIDITY — on the reuse path it expires with the official account's certification
  const account = mp.viaAccountId ? await store.get('officialAccounts', mp.viaAccountId) : undefined
  if (rule.expiresWithAccountOnReuse && account?.certExpiry) return account.certExpiry
  return addYears(outcome.today, rule.years)
}

/** A save the ledger refused, as the wizard's refusal: the field at fault named where the save said it. */
function refuseFailed(saved: SaveFailure, field?: string): never {
  const named =
    saved.reason === 'duplicate'
      ? saved.field
      : saved.reason === 'invalid'
        ? saved.issues.map((issue) => issue.path[0]).find((p) => typeof p === 'string')
        : undefined
  throw new LedgerRefusal(saved.reason === 'duplicate' ? 'duplicate' : 'invalid', [], named ?? field)
}

/** 提交: the registration's record becomes 已注册 with what the platform said, and its fees are recorded. */
export async function writeFinalIn(store: LedgerStore, caseId: string, outcome: RegistrationOutcome) {
  const mp = await caseRecord(store, caseId)
  if (!mp) throw new LedgerRefusal('invalid', [], 'caseId')
  if (mp.status === 'registered') return // 提交 twice (back, then 提交 again) records nothing twice
  const draft = {
    ...mp,
    status: 'registered',
    name: outcome.name ?? mp.name,
    appId: outcome.appId ?? mp.appId,
    certStatus: outcome.certStatus ?? mp.certStatus,
    certExpiry: await expiryFor(store, mp, outcome),
    transferDeadline: outcome.transferDeadline ?? mp.transferDeadline,
    waitingOn: outcome.waitingOn ? [...outcome.waitingOn] : mp.waitingOn,
  } satisfies Partial<MiniProgram>
  const saved = await saveRecordIn(store, 'miniPrograms', draft, mp.version)
  if (!saved.ok) refuseFailed(saved)
  for (const fee of outcome.fees ?? []) {
    const result = await saveRecordIn(
      store,
      'fees',
      { ...fee, invoice: 'not-requested', miniProgramId: mp.id },
      null,
    )
    if (!result.ok) throw new LedgerRefusal('invalid', [], 'fees')
  }
}

/**
 * The AppID of registration `caseId`, recorded on the wizard's confirmation page after 提交 (or corrected):
 * a registration finalised already gets it here, since finalising twice changes nothing.
 */
export async function writeAppIdIn(store: LedgerStore, caseId: string, id: string) {
  const mp = await caseRecord(store, caseId)
  if (!mp) throw new LedgerRefusal('invalid', [], 'caseId')
  if (mp.appId === id) return
  const saved = await saveRecordIn(store, 'miniPrograms', { ...mp, appId: id }, mp.version)
  if (!saved.ok) {
    refuseFailed(saved, 'appId')
  }
}

/**
 * The platform failed the registration (rule: TRANSFER_VERIFY — the small transfer not made in time): its record
 * becomes 注册失败 and waits on nobody. Its email stays taken (the account was created); it counts against no
 * quota (usage.ts). A registration already submitted or failed is left as it is.
 */
export async function writeFailureIn(store: LedgerStore, caseId: string) {
  const mp = await caseRecord(store, caseId)
  if (!mp || mp.status !== 'in-progress') return
  const draft = { ...mp, status: 'failed', waitingOn: [] } satisfies Partial<MiniProgram>
  const saved = await saveRecordIn(store, 'miniPrograms', draft, mp.version)
  if (!saved.ok) throw new LedgerRefusal('invalid', [], 'status')
}

/** Deleting an unfinished registration: its 进行中 record goes, with its email, association and fees. */
export async function writeRemovalIn(store: LedgerStore, caseId: string) {
  const mp = await caseRecord(store, caseId)
  if (!mp || mp.status !== 'in-progress') return
  for (const link of await store.find('associations', { miniProgramId: mp.id })) {
    await store.remove('associations', link.id)
  }
  for (const row of await store.find('emails', { ownerId: mp.id })) await store.remove('emails', row.id)
  for (const fee of await store.find('fees', { miniProgramId: mp.id })) await store.remove('fees', fee.id)
  await store.remove('miniPrograms', mp.id)
}
