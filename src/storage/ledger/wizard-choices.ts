import type { SubjectType } from '../../domain'
import type { LedgerDatabase } from './db'
import { idCardMiniPrograms, phoneMiniPrograms, subjectMiniPrograms } from './usage'

// What the wizard offers to pick instead of typing again: the ledger's clients, subjects, official accounts
// and admins, each with the counts its quota checks will read. Lists are sorted by name (Chinese collation).

export interface ClientChoice {
  id: string
  name: string
}

export interface SubjectChoice {
  id: string
  name: string
  type: SubjectType
  creditCode?: string
  clientId?: string
  /** Mini programs of the subject in the ledger, 进行中 ones included (SUBJECT_TOTAL). */
  miniPrograms: number
}

export interface AccountChoice {
  id: string
  name: string
  accountType: 'subscription' | 'service'
  certified: boolean
  email: string
  subjectId: string
}

export interface AdminChoice {
  id: string
  name: string
  idCardMasked: string
  idCardHash: string
  mobileMasked: string
  mobileHash: string
  /** Mini programs bound to this ID card in the ledger (ID_CARD_LIMIT). */
  idCardMiniPrograms: number
  /** Mini programs registered with this mobile in the ledger (PHONE_LIMIT). */
  phoneMiniPrograms: number
}

const collator = new Intl.Collator('zh-CN')
const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name)

export async function clientChoices(db: LedgerDatabase): Promise<ClientChoice[]> {
  const clients = await db.clients.toArray()
  return clients.map(({ id, name }) => ({ id, name })).sort(byName)
}

/** Subjects of one type, and of one client when `clientId` is given. */
export async function subjectChoices(
  db: LedgerDatabase,
  filter: { type: SubjectType; clientId?: string },
): Promise<SubjectChoice[]> {
  const subjects = filter.clientId
    ? await db.subjects.where('clientId').equals(filter.clientId).toArray()
    : await db.subjects.toArray()
  const ofType = subjects.filter((s) => s.type === filter.type)
  const choices = await Promise.all(
    ofType.map(async (s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      ...(s.creditCode ? { creditCode: s.creditCode } : {}),
      ...(s.clientId ? { clientId: s.clientId } : {}),
      miniPrograms: await subjectMiniPrograms(db, [s.id]),
    })),
  )
  return choices.sort(byName)
}

/**
 * The official accounts of the subject with this credit code. A fast registration reuses its account's
 * subject, so another subject's account is never offered; a subject not in the ledger has none.
 */
export async function accountChoices(db: LedgerDatabase, creditCode: string): Promise<AccountChoice[]> {
  const subject = await db.subjects.where('creditCode').equals(creditCode.trim().toUpperCase()).first()
  if (!subject) return []
  const accounts = await db.officialAccounts.where('subjectId').equals(subject.id).toArray()
  return accounts
    .map(({ id, name, accountType, certified, email, subjectId }) => ({
      id,
      name,
      accountType,
      certified,
      email,
      subjectId,
    }))
    .sort(byName)
}

export async function adminChoices(db: LedgerDatabase): Promise<AdminChoice[]> {
  const admins = await db.admins.toArray()
  const choices = await Promise.all(
    admins.map(async (a) => ({
      id: a.id,
      name: a.name,
      idCardMasked: a.idCardMasked,
      idCardHash: a.idCardHash,
      mobileMasked: a.mobileMasked,
      mobileHash: a.mobileHash,
      idCardMiniPrograms: await idCardMiniPrograms(db, a.idCardHash),
      phoneMiniPrograms: await phoneMiniPrograms(db, a.mobileHash),
    })),
  )
  return choices.sort(byName)
}
