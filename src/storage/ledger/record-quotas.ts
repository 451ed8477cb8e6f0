import { checkQuotas, type LocalDate, type QuotaFinding, type RuleSet, type Usage } from '../../domain'
import type { LedgerDatabase } from './db'
import type { Association, MiniProgram } from './records'
import type { LedgerRecord, TableName } from './tables'
import { idCardMiniPrograms, officialAccountUsage, phoneMiniPrograms, subjectMiniPrograms } from './usage'

/** A new or moved mini program counts toward its admin's ID card and mobile, and its subject. */
async function miniProgramFindings(
  db: LedgerDatabase,
  draft: MiniProgram,
  old: MiniProgram | undefined,
  ruleSet: RuleSet,
) {
  const usage: Usage = {}
  const only: QuotaFinding['ruleId'][] = []
  const admin = draft.adminId ? await db.admins.get(draft.adminId) : undefined
  if (admin && draft.adminId !== old?.adminId) {
    usage.idCardMiniPrograms = await idCardMiniPrograms(db, admin.idCardHash, old)
    usage.phoneMiniPrograms = await phoneMiniPrograms(db, admin.mobileHash, old)
    only.push('ID_CARD_LIMIT', 'PHONE_LIMIT')
  }
  const subject = draft.subjectId ? await db.subjects.get(draft.subjectId) : undefined
  if (subject && draft.subjectId !== old?.subjectId) {
    usage.subjectMiniPrograms = await subjectMiniPrograms(db, [subject.id], old)
    only.push('SUBJECT_TOTAL')
  }
  if (only.length === 0) return []
  return checkQuotas(usage, { action: 'standalone', subjectType: subject?.type, only }, ruleSet)
}

/** A new association counts toward the account's limits (by subject, by month, fast registrations). */
async function associationFindings(
  db: LedgerDatabase,
  draft: Association,
  ruleSet: RuleSet,
  today: LocalDate,
) {
  const officialAccount = await officialAccountUsage(db, draft.officialAccountId, today)
  const mp = await db.miniPrograms.get(draft.miniProgramId)
  const subject = mp?.subjectId ? await db.subjects.get(mp.subjectId) : undefined
  if (!officialAccount) return []
  const action = draft.byFastRegistration ? 'fast-register' : 'associate'
  return checkQuotas(
    { officialAccount },
    {
      action,
      subjectType: subject?.type ?? officialAccount.subjectType,
      sameSubject: draft.kind === 'same',
      only: ['OA_LINK_SAME', 'OA_LINK_OTHER', 'OA_LINK_MONTHLY', 'FAST_REG_MONTHLY'],
    },
    ruleSet,
  )
}

/**
 * The quota findings a hand-made save would cause; a `block` stops the save. Call inside the save's
 * transaction (`saveCheckedRecord`), so that two tabs cannot both pass the check.
 */
export async function quotaFindings(
  db: LedgerDatabase,
  table: TableName,
  draft: Record<string, unknown>,
  old: LedgerRecord | undefined,
  ruleSet: RuleSet,
  today: LocalDate,
): Promise<QuotaFinding[]> {
  if (table === 'miniPrograms')
    return miniProgramFindings(db, draft as MiniProgram, old as MiniProgram | undefined, ruleSet)
  if (table === 'associations' && old === undefined)
    return associationFindings(db, draft as Association, ruleSet, today)
  return []
}
