import type { z } from 'zod'
import {
  adminSchema,
  associationSchema,
  clientSchema,
  emailSchema,
  feeSchema,
  miniProgramSchema,
  officialAccountSchema,
  subjectSchema,
  type Admin,
  type Association,
  type Client,
  type EmailInUse,
  type Fee,
  type MiniProgram,
  type OfficialAccount,
  type Subject,
} from './records'

/** The ledger's record tables, in the order an import writes them (referenced records first). */
export const tableNames = [
  'clients',
  'subjects',
  'officialAccounts',
  'admins',
  'miniPrograms',
  'associations',
  'emails',
  'fees',
] as const

export type TableName = (typeof tableNames)[number]

export interface RecordOf {
  clients: Client
  subjects: Subject
  officialAccounts: OfficialAccount
  admins: Admin
  miniPrograms: MiniProgram
  associations: Association
  emails: EmailInUse
  fees: Fee
}

export type LedgerRecord = RecordOf[TableName]

export const recordSchemas: { [K in TableName]: z.ZodType<RecordOf[K], unknown> } = {
  clients: clientSchema,
  subjects: subjectSchema,
  officialAccounts: officialAccountSchema,
  admins: adminSchema,
  miniPrograms: miniProgramSchema,
  associations: associationSchema,
  emails: emailSchema,
  fees: feeSchema,
}

/** Everything in the ledger, table by table. */
export type LedgerData = { [K in TableName]: RecordOf[K][] }

export function emptyLedgerData(): LedgerData {
  return Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as LedgerData
}

/** Fields that must be unique within a table (besides the id), as the database's unique indexes say. */
export const uniqueFields: { [K in TableName]?: readonly (readonly (keyof RecordOf[K] & string)[])[] } = {
  officialAccounts: [['email']],
  miniPrograms: [['caseId'], ['appId']],
  associations: [['officialAccountId', 'miniProgramId']],
  admins: [['idCardHash', 'mobileHash']],
  emails: [['email']],
  subjects: [['creditCode']],
}

export function isTableName(value: string): value is TableName {
  return (tableNames as readonly string[]).includes(value)
}
