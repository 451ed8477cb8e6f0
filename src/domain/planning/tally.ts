// 批量规划: the running count while a plan is scheduled, the ledger's usage plus the rows placed so far, and the
// `Usage` checkQuotas reads for one row in one month. No limit is read here: only counts are kept.
import { addMonths, monthOf } from '../dates'
import { normaliseEmail } from '../quota/quota-check'
import type { OfficialAccountUsage, Usage } from '../quota/types'
import { subjectKey, type PlannedRow } from './plan-row'
import type { PlanAccount, PlanUsage } from './plan-types'

/** 'YYYY-MM' `index` months after `start`. */
export function monthAt(start: string, index: number): string {
  return monthOf(addMonths(`${start}-01`, index))
}

interface AccountTally {
  /** Fast registrations placed by the plan (each is a same-subject association). */
  placed: number
  /** Fast registrations placed, by month index. */
  byMonth: Map<number, number>
  /** The earliest month index a further fast registration could go to (the monthly counts only grow). */
  firstOpen: number
  /** The plan has already paid to certify this (uncertified) account. */
  certifiedByPlan: boolean
}

export class Tally {
  private readonly subjects = new Map<string, number>()
  private readonly idCards = new Map<string, number>()
  private readonly mobiles = new Map<string, number>()
  private readonly emails: Set<string>
  private readonly accounts = new Map<string, AccountTally>()
  /** Index of today's month relative to the start: the ledger's monthly counts belong to it. */
  private readonly todayIndex: number

  private readonly unknownAccounts = new Map<string, PlanAccount>()

  /** `rows` in placement order: the first row naming an account the ledger does not know gives its subject. */
  constructor(
    private readonly usage: PlanUsage,
    readonly start: string,
    today: string,
    rows: readonly PlannedRow[],
  ) {
    this.emails = new Set(usage.emailsInUse.map(normaliseEmail))
    for (const row of rows) {
      const name = row.officialAccount
      if (name !== null && !usage.officialAccounts[name] && !this.unknownAccounts.has(name)) {
        this.unknownAccounts.set(name, unknownAccount(row))
      }
    }
    this.todayIndex = start === monthOf(today) ? 0 : -1
  }

  /**
   * The account a row names: the ledger's, or one the ledger does not know, taken as a certified 订阅号 with
   * nothing used, of the subject of the first row (in placement order) that names it.
   */
  account(name: string, row: PlannedRow): { account: PlanAccount; known: boolean } {
    const known = this.usage.officialAccounts[name]
    if (known) return { account: known, known: true }
    return { account: this.unknownAccounts.get(name) ?? unknownAccount(row), known: false }
  }

  private accountTally(name: string): AccountTally {
    let tally = this.accounts.get(name)
    if (!tally) {
      tally = { placed: 0, byMonth: new Map(), firstOpen: 0, certifiedByPlan: false }
      this.accounts.set(name, tally)
    }
    return tally
  }

  /** The official accounts the ledger knows, by name. */
  ledgerAccounts(): PlanUsage['officialAccounts'] {
    return this.usage.officialAccounts
  }

  firstOpenMonth(name: string): number {
    return this.accounts.get(name)?.firstOpen ?? 0
  }

  accountCertifiedByPlan(name: string): boolean {
    return this.accounts.get(name)?.certifiedByPlan ?? false
  }

  /**
   * The account's usage in month `index`, with the plan's fast registrations added. The ledger's monthly counts
   * and its pending fast registration count in today's month only. The plan's own fast registrations are never
   * pending when the next is checked: they go one at a time (see schedule.ts).
   */
  accountUsage(name: string, row: PlannedRow, index: number): OfficialAccountUsage {
    const { account } = this.account(name, row)
    const tally = this.accounts.get(name)
    const today = index === this.todayIndex
    return {
      subjectType: account.subjectType,
      sameSubjectLinks: account.sameSubjectLinks + (tally?.placed ?? 0),
      otherSubjectLinks: account.otherSubjectLinks,
      monthNewLinks: today ? account.monthNewLinks : { sameSubject: 0, otherSubject: 0 },
      monthFastRegistrations: (today ? account.monthFastRegistrations : 0) + (tally?.byMonth.get(index) ?? 0),
      fastRegistrationPending: today && account.fastRegistrationPending,
      ...(account.email !== undefined ? { email: account.email } : {}),
    }
  }

  /**
   * What checkQuotas reads for the row in month `index`, on the account `accountName` (when it names one). The
   * emails in use are narrowed to the row's own when it is taken (checkQuotas still decides): the same answer
   * as the whole list, without comparing every row with every email.
   */
  usageFor(row: PlannedRow, index: number, accountName: string | null): Usage {
    const email = normaliseEmail(row.email)
    return {
      subjectMiniPrograms: this.subjectCount(subjectKey(row)),
      idCardMiniPrograms: this.idCardCount(row.idCardHash),
      phoneMiniPrograms: this.mobileCount(row.mobileHash),
      emailsInUse: this.emails.has(email) ? [email] : [],
      ...(accountName !== null ? { officialAccount: this.accountUsage(accountName, row, index) } : {}),
    }
  }

  subjectCount(key: string): number {
    return (this.usage.subjects[key] ?? 0) + (this.subjects.get(key) ?? 0)
  }

  idCardCount(hash: string): number {
    return (this.usage.idCards[hash] ?? 0) + (this.idCards.get(hash) ?? 0)
  }

  mobileCount(hash: string): number {
    return (this.usage.mobiles[hash] ?? 0) + (this.mobiles.get(hash) ?? 0)
  }

  /** Counts the row as registered in month `index`, by fast registration when `accountName` is given. */
  place(row: PlannedRow, index: number, fastRegistrationAccount: string | null): number | undefined {
    bump(this.subjects, subjectKey(row))
    bump(this.idCards, row.idCardHash)
    bump(this.mobiles, row.mobileHash)
    this.emails.add(normaliseEmail(row.email))
    if (fastRegistrationAccount === null) return undefined
    const tally = this.accountTally(fastRegistrationAccount)
    tally.placed += 1
    tally.firstOpen = Math.max(tally.firstOpen, index)
    tally.certifiedByPlan = true
    return bump(tally.byMonth, index)
  }
}

function bump<K>(map: Map<K, number>, key: K): number {
  const next = (map.get(key) ?? 0) + 1
  map.set(key, next)
  return next
}

function unknownAccount(row: PlannedRow): PlanAccount {
  return {
    subjectType: row.subjectType,
    type: 'subscription',
    certified: true,
    subject: subjectKey(row),
    sameSubjectLinks: 0,
    otherSubjectLinks: 0,
    monthNewLinks: { sameSubject: 0, otherSubject: 0 },
    monthFastRegistrations: 0,
    fastRegistrationPending: false,
  }
}
