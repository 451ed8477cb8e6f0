import { ruleValue, type LocalDate, type RuleId, type RuleSet } from '../../domain'
import type { LedgerDatabase } from '../../storage/ledger/db'
import type { Admin, MiniProgram, OfficialAccount, Subject } from '../../storage/ledger/records'
import type { LedgerRecord, TableName } from '../../storage/ledger/tables'
import {
  idCardMiniPrograms,
  officialAccountUsage,
  phoneMiniPrograms,
  subjectMiniPrograms,
} from '../../storage/ledger/usage'

/** One quota as the ledger counts it: "同主体关联 7 / 10". `limit` null: not stated in the rule set. */
export interface Meter {
  ruleId: RuleId
  label:
    | 'SUBJECT_TOTAL'
    | 'ID_CARD_LIMIT'
    | 'PHONE_LIMIT'
    | 'OA_LINK_SAME'
    | 'OA_LINK_OTHER'
    | 'OA_LINK_MONTHLY'
    | 'OA_LINK_MONTHLY_SAME'
    | 'OA_LINK_MONTHLY_OTHER'
    | 'FAST_REG_MONTHLY'
  used: number
  limit: number | null
}

async function subjectMeters(db: LedgerDatabase, subject: Subject, ruleSet: RuleSet): Promise<Meter[]> {
  const rule = ruleValue(ruleSet, 'SUBJECT_TOTAL')
  if (!rule) return []
  const used = await subjectMiniPrograms(db, [subject.id])
  return [{ ruleId: 'SUBJECT_TOTAL', label: 'SUBJECT_TOTAL', used, limit: rule.limitBySubject[subject.type] }]
}

async function adminMeters(db: LedgerDatabase, admin: Admin, ruleSet: RuleSet): Promise<Meter[]> {
  const idCard = ruleValue(ruleSet, 'ID_CARD_LIMIT')
  const phone = ruleValue(ruleSet, 'PHONE_LIMIT')
  const meters: Meter[] = []
  if (idCard) {
    const used = await idCardMiniPrograms(db, admin.idCardHash)
    meters.push({ ruleId: 'ID_CARD_LIMIT', label: 'ID_CARD_LIMIT', used, limit: idCard.limit })
  }
  if (phone) {
    const used = await phoneMiniPrograms(db, admin.mobileHash)
    meters.push({ ruleId: 'PHONE_LIMIT', label: 'PHONE_LIMIT', used, limit: phone.limit })
  }
  return meters
}

async function accountMeters(
  db: LedgerDatabase,
  account: OfficialAccount,
  ruleSet: RuleSet,
  today: LocalDate,
) {
  const usage = await officialAccountUsage(db, account.id, today)
  if (!usage) return []
  const meters: Meter[] = []
  const same = ruleValue(ruleSet, 'OA_LINK_SAME')
  const other = ruleValue(ruleSet, 'OA_LINK_OTHER')
  const monthly = ruleValue(ruleSet, 'OA_LINK_MONTHLY')
  const fast = ruleValue(ruleSet, 'FAST_REG_MONTHLY')
  if (same)
    meters.push({
      ruleId: 'OA_LINK_SAME',
      label: 'OA_LINK_SAME',
      used: usage.sameSubjectLinks,
      limit: same.limit,
    })
  if (other)
    meters.push({
      ruleId: 'OA_LINK_OTHER',
      label: 'OA_LINK_OTHER',
      used: usage.otherSubjectLinks,
      limit: other.limit,
    })
  if (monthly) {
    const fastCount = monthly.fastRegistrationCounts ? usage.monthFastRegistrations : 0
    const { sameSubject, otherSubject } = usage.monthNewLinks
    if (monthly.kind === 'total') {
      meters.push({
        ruleId: 'OA_LINK_MONTHLY',
        label: 'OA_LINK_MONTHLY',
        used: sameSubject + otherSubject + fastCount,
        limit: monthly.total,
      })
    } else {
      meters.push({
        ruleId: 'OA_LINK_MONTHLY',
        label: 'OA_LINK_MONTHLY_SAME',
        used: sameSubject + fastCount,
        limit: monthly.sameSubject,
      })
      meters.push({
        ruleId: 'OA_LINK_MONTHLY',
        label: 'OA_LINK_MONTHLY_OTHER',
        used: otherSubject,
        limit: monthly.otherSubject,
      })
    }
  }
  const limit = fast
    ? usage.subjectType === 'sole_proprietor'
      ? fast.soleProprietorLimit
      : fast.limit
    : null
  meters.push({
    ruleId: 'FAST_REG_MONTHLY',
    label: 'FAST_REG_MONTHLY',
    used: usage.monthFastRegistrations,
    limit,
  })
  return meters
}

/** The quota meters shown on a record's page, counted from the ledger's indexes. */
export async function metersFor(
  db: LedgerDatabase,
  table: TableName,
  record: LedgerRecord,
  ruleSet: RuleSet,
  today: LocalDate,
): Promise<Meter[]> {
  if (table === 'subjects') return subjectMeters(db, record as Subject, ruleSet)
  if (table === 'admins') return adminMeters(db, record as Admin, ruleSet)
  if (table === 'officialAccounts') return accountMeters(db, record as OfficialAccount, ruleSet, today)
  if (table !== 'miniPrograms') return []
  const mp = record as MiniProgram
  const [admin, subject] = await Promise.all([
    mp.adminId ? db.admins.get(mp.adminId) : undefined,
    mp.subjectId ? db.subjects.get(mp.subjectId) : undefined,
  ])
  return [
    ...(admin ? await adminMeters(db, admin, ruleSet) : []),
    ...(subject ? await subjectMeters(db, subject, ruleSet) : []),
  ]
}
