import { addDays, annualReviewOpenUntil, ruleSets, type LocalDate, type RuleSet } from '../../domain'
import type { LedgerDatabase } from './db'
import { waitingOnValues, type MiniProgram, type WaitingOn } from '../../domain/ledger'

/**
 * How far ahead 到期提醒 looks for certifications to renew where the rule set states no annual review (the
 * guide does not): a product choice, not a platform rule.
 */
export const reminderHorizonDays = 90

/**
 * The last certification expiry 到期提醒 lists today: as early as the platform opens annual review (年审) for it,
 * by rule CERT_VALIDITY; `reminderHorizonDays` ahead where the rule set does not say.
 */
export function certificationHorizon(ruleSet: RuleSet, today: LocalDate): LocalDate {
  return annualReviewOpenUntil(ruleSet, today) ?? addDays(today, reminderHorizonDays)
}
/** A registration waiting on someone is followed up this many days from today. */
export const followUpDays = 3

export type ReminderKind = 'mini-program-cert' | 'account-cert' | 'transfer' | 'waiting'

export interface Reminder {
  kind: ReminderKind
  /** The day it is due: the expiry, the transfer's last day, or the follow-up of a waiting registration. */
  date: LocalDate
  table: 'miniPrograms' | 'officialAccounts'
  recordId: string
  name: string
  waitingOn?: readonly WaitingOn[]
}

/** What needs doing soon, by date: expiring certifications, transfer deadlines, registrations waiting. */
export async function reminders(
  db: LedgerDatabase,
  today: LocalDate,
  ruleSet: RuleSet = ruleSets.current,
): Promise<Reminder[]> {
  const horizon = certificationHorizon(ruleSet, today)
  return db.transaction('r', ['miniPrograms', 'officialAccounts'], async () => {
    const [programs, accounts, transfers, waiting] = await Promise.all([
      db.miniPrograms.where('certExpiry').between(today, horizon, true, true).toArray(),
      db.officialAccounts.where('certExpiry').between(today, horizon, true, true).toArray(),
      db.miniPrograms.where('transferDeadline').aboveOrEqual(today).toArray(),
      db.miniPrograms
        .where('waitingOn')
        .anyOf([...waitingOnValues])
        .distinct()
        .toArray(),
    ])
    const programReminder = (kind: ReminderKind, mp: MiniProgram, date: LocalDate): Reminder => ({
      kind,
      date,
      table: 'miniPrograms',
      recordId: mp.id,
      name: mp.name ?? mp.email,
    })
    const list: Reminder[] = [
      ...programs.map((mp) => programReminder('mini-program-cert', mp, mp.certExpiry!)),
      ...accounts.map((oa) => ({
        kind: 'account-cert' as const,
        date: oa.certExpiry!,
        table: 'officialAccounts' as const,
        recordId: oa.id,
        name: oa.name,
      })),
      ...transfers
        .filter((mp) => mp.status === 'in-progress')
        .map((mp) => programReminder('transfer', mp, mp.transferDeadline!)),
      ...waiting.map((mp) => ({
        ...programReminder('waiting', mp, addDays(today, followUpDays)),
        waitingOn: mp.waitingOn,
      })),
    ]
    return list.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name))
  })
}
