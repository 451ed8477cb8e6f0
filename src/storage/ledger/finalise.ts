import { requireRuleValue, ruleSets, type LocalDate, type RuleSet } from '../../domain'
import type { LedgerDatabase } from './db'
import type { Fee, MiniProgram, WaitingOn } from '../../domain/ledger'
import { LedgerRefusal } from '../../domain/ledger'
import { saveRecord } from './save'

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
  /** The rule set for CERT_VALIDITY; the default rule set when absent. */
  ruleSet?: RuleSet
}

/** `date` plus whole years; 29 February becomes 28 February in a year without it. */
export function addYears(date: LocalDate, years: number): LocalDate {
  const year = Number(date.slice(0, 4)) + years
  const rest = date.slice(4)
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return `${String(year).padStart(4, '0')}${rest === '-02-29' && !leap ? '-02-28' : rest}`
}

async function expiryFor(db: LedgerDatabase, mp: MiniProgram, outcome: RegistrationOutcome) {
  if (outcome.certExpiry || outcome.certStatus !== 'certified') return outcome.certExpiry
  const rule = requireRuleValue(outcome.ruleSet ?? ruleSets.current, 'CERT_VALIDITY')
  // rule: CERT_VALIDITY — on the reuse path it expires with the official account's certification
  const account = mp.viaAccountId ? await db.officialAccounts.get(mp.viaAccountId) : undefined
  if (rule.expiresWithAccountOnReuse && account?.certExpiry) return account.certExpiry
  return addYears(outcome.today, rule.years)
}

/** 提交: the registration's record becomes 已注册 with what the platform said, and its fees are recorded. */
export async function writeFinal(db: LedgerDatabase, caseId: string, outcome: RegistrationOutcome) {
  const mp = await db.miniPrograms.where('caseId').equals(caseId).first()
  if (!mp) throw new LedgerRefusal('invalid', [], 'caseId')
  if (mp.status === 'registered') return // 提交 twice (back, then 提交 again) records nothing twice
  const draft = {
    ...mp,
    status: 'registered',
    name: outcome.name ?? mp.name,
    appId: outcome.appId ?? mp.appId,
    certStatus: outcome.certStatus ?? mp.certStatus,
    certExpiry: await expiryFor(db, mp, outcome),
    transferDeadline: outcome.transferDeadline ?? mp.transferDeadline,
    waitingOn: outcome.waitingOn ? [...outcome.waitingOn] : mp.waitingOn,
  } satisfies Partial<MiniProgram>
  const saved = await saveRecord(db, 'miniPrograms', draft, mp.version)
  if (!saved.ok) {
    throw new LedgerRefusal(
      saved.reason === 'duplicate' ? 'duplicate' : 'invalid',
      [],
      'field' in saved ? saved.field : undefined,
    )
  }
  for (const fee of outcome.fees ?? []) {
    const result = await saveRecord(
      db,
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
export async function writeAppId(db: LedgerDatabase, caseId: string, appId: string) {
  const mp = await db.miniPrograms.where('caseId').equals(caseId).first()
  if (!mp) throw new LedgerRefusal('invalid', [], 'caseId')
  if (mp.appId === appId) return
  const saved = await saveRecord(db, 'miniPrograms', { ...mp, appId }, mp.version)
  if (!saved.ok) {
    throw new LedgerRefusal(
      saved.reason === 'duplicate' ? 'duplicate' : 'invalid',
      [],
      'field' in saved ? saved.field : 'appId',
    )
  }
}

/**
 * The platform failed the registration (rule: TRANSFER_VERIFY — the small transfer not made in time): its record
 * becomes 注册失败 and waits on nobody. Its email stays taken (the account was created); it counts against no
 * quota (usage.ts). A registration already submitted or failed is left as it is.
 */
export async function writeFailure(db: LedgerDatabase, caseId: string) {
  const mp = await db.miniPrograms.where('caseId').equals(caseId).first()
  if (!mp || mp.status !== 'in-progress') return
  const draft = { ...mp, status: 'failed', waitingOn: [] } satisfies Partial<MiniProgram>
  const saved = await saveRecord(db, 'miniPrograms', draft, mp.version)
  if (!saved.ok) throw new LedgerRefusal('invalid', [], 'status')
}

/** Deleting an unfinished registration: its 进行中 record goes, with its email and association. */
export async function writeRemoval(db: LedgerDatabase, caseId: string) {
  const mp = await db.miniPrograms.where('caseId').equals(caseId).first()
  if (!mp || mp.status !== 'in-progress') return
  await db.associations.where('miniProgramId').equals(mp.id).delete()
  await db.emails.where('ownerId').equals(mp.id).delete()
  await db.fees.where('miniProgramId').equals(mp.id).delete()
  await db.miniPrograms.delete(mp.id)
}
