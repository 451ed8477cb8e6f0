import {
  measureQuotas,
  type LocalDate,
  type QuotaRequest,
  type RuleId,
  type RuleSet,
  type Usage,
} from '../../domain'
import {
  idCardMiniPrograms,
  officialAccountUsage,
  phoneMiniPrograms,
  subjectMiniPrograms,
  type Admin,
  type LedgerDatabase,
  type LedgerRecord,
  type MiniProgram,
  type OfficialAccount,
  type Subject,
  type TableName,
} from '../../storage/ledger'

/** The order meters are shown in. */
const meterLabels = [
  'SUBJECT_TOTAL',
  'ID_CARD_LIMIT',
  'PHONE_LIMIT',
  'OA_LINK_SAME',
  'OA_LINK_OTHER',
  'OA_LINK_MONTHLY',
  'OA_LINK_MONTHLY_SAME',
  'OA_LINK_MONTHLY_OTHER',
  'FAST_REG_MONTHLY',
] as const

/** One quota as the ledger counts it: "同主体关联 7 / 10". `limit` null: not stated in the rule set. */
export interface Meter {
  ruleId: RuleId
  label: (typeof meterLabels)[number]
  used: number
  limit: number | null
}

/** Meters from the domain's own measures: one reading of each rule, shared with the quota checks. */
function metersOf(usage: Usage, request: QuotaRequest, ruleSet: RuleSet): Meter[] {
  return measureQuotas(usage, request, ruleSet).map((m) => ({
    ruleId: m.ruleId,
    label:
      m.reason === 'same-subject'
        ? 'OA_LINK_MONTHLY_SAME'
        : m.reason === 'other-subject'
          ? 'OA_LINK_MONTHLY_OTHER'
          : (m.ruleId as Meter['label']),
    used: m.used,
    limit: m.limit,
  }))
}

async function subjectMeters(db: LedgerDatabase, subject: Subject, ruleSet: RuleSet): Promise<Meter[]> {
  const usage = { subjectMiniPrograms: await subjectMiniPrograms(db, [subject.id]) }
  return metersOf(
    usage,
    { action: 'standalone', subjectType: subject.type, only: ['SUBJECT_TOTAL'] },
    ruleSet,
  )
}

async function adminMeters(db: LedgerDatabase, admin: Admin, ruleSet: RuleSet): Promise<Meter[]> {
  const usage = {
    idCardMiniPrograms: await idCardMiniPrograms(db, admin.idCardHash),
    phoneMiniPrograms: await phoneMiniPrograms(db, admin.mobileHash),
  }
  return metersOf(usage, { action: 'standalone', only: ['ID_CARD_LIMIT', 'PHONE_LIMIT'] }, ruleSet)
}

/**
 * An account's meters: what a same-subject and an other-subject association would draw on, then what a fast
 * registration would; a limit more than one of them draws on (a monthly total) is shown once.
 */
async function accountMeters(
  db: LedgerDatabase,
  account: OfficialAccount,
  ruleSet: RuleSet,
  today: LocalDate,
) {
  const officialAccount = await officialAccountUsage(db, account.id, today)
  if (!officialAccount) return []
  const usage = { officialAccount }
  const subjectType = officialAccount.subjectType
  const meters = [
    ...metersOf(usage, { action: 'associate', subjectType, sameSubject: true }, ruleSet),
    ...metersOf(usage, { action: 'associate', subjectType, sameSubject: false }, ruleSet),
    ...metersOf(usage, { action: 'fast-register', subjectType, only: ['FAST_REG_MONTHLY'] }, ruleSet),
  ]
  return meterLabels.flatMap((label) => meters.find((m) => m.label === label) ?? [])
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
