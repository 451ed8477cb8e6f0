import { subjectTypes } from '../../domain'
import {
  accountTypes,
  emailUses,
  certStatuses,
  feePurposes,
  feeResults,
  invoiceStates,
  miniProgramStatuses,
  registrationPaths,
  waitingOnValues,
  type TableName,
} from '../../storage/ledger'

/** How a field is typed and checked on the ledger's add and edit forms. */
export type FieldCheck =
  | 'text'
  | 'longText'
  | 'email'
  | 'creditCode'
  | 'appId'
  | 'miniProgramName'
  | 'adminName'
  | 'idCard'
  | 'mobile'
  | 'date'
  | 'amount'
  | 'choice'
  | 'ref'
  | 'flag'
  | 'flags'

export interface FieldSpec {
  name: string
  check: FieldCheck
  optional?: boolean
  /** For choices: the values, and the catalog group their words are in. */
  options?: readonly string[]
  words?: 'subjectType' | 'accountType' | 'path' | ValueGroup
  /** For a reference: the table it points into. */
  ref?: TableName
  /** For text, the most characters; for an amount, the most yuan. The record schema's own limit (records.ts). */
  max?: number
  /** Shown on the record's page but not asked on its form. */
  fixed?: true
}

/** The fields a table's form asks for. */
export function askedFields(table: TableName): readonly FieldSpec[] {
  return formFields[table].filter((spec) => !spec.fixed)
}

// Catalog groups under ledger.values.
type ValueGroup = 'status' | 'certStatus' | 'waitingOn' | 'kind' | 'use' | 'purpose' | 'invoice' | 'result'

const notes: FieldSpec = { name: 'notes', check: 'longText', optional: true, max: 2000 }
const name: FieldSpec = { name: 'name', check: 'text', max: 100 }

/** Each table's fields, in order. Bookkeeping and derived fields are not among them. */
export const formFields: Record<TableName, readonly FieldSpec[]> = {
  clients: [name, { name: 'contact', check: 'text', optional: true, max: 200 }, notes],
  subjects: [
    name,
    { name: 'type', check: 'choice', options: subjectTypes, words: 'subjectType' },
    { name: 'creditCode', check: 'creditCode', optional: true },
    { name: 'clientId', check: 'ref', ref: 'clients', optional: true },
    notes,
  ],
  officialAccounts: [
    name,
    { name: 'subjectId', check: 'ref', ref: 'subjects' },
    { name: 'accountType', check: 'choice', options: accountTypes, words: 'accountType' },
    { name: 'certified', check: 'flag' },
    { name: 'certExpiry', check: 'date', optional: true },
    { name: 'email', check: 'email' },
    notes,
  ],
  miniPrograms: [
    { name: 'name', check: 'miniProgramName', optional: true },
    { name: 'subjectId', check: 'ref', ref: 'subjects', optional: true },
    { name: 'email', check: 'email' },
    { name: 'adminId', check: 'ref', ref: 'admins', optional: true },
    { name: 'appId', check: 'appId', optional: true },
    { name: 'path', check: 'choice', options: registrationPaths, words: 'path' },
    { name: 'viaAccountId', check: 'ref', ref: 'officialAccounts', optional: true },
    { name: 'status', check: 'choice', options: miniProgramStatuses, words: 'status' },
    { name: 'certStatus', check: 'choice', options: certStatuses, words: 'certStatus' },
    { name: 'certExpiry', check: 'date', optional: true },
    { name: 'transferDeadline', check: 'date', optional: true },
    { name: 'createdOn', check: 'date' },
    { name: 'waitingOn', check: 'flags', options: waitingOnValues, words: 'waitingOn' },
    notes,
  ],
  admins: [
    { name: 'name', check: 'adminName' },
    { name: 'idCardNumber', check: 'idCard' },
    { name: 'mobile', check: 'mobile' },
  ],
  associations: [
    { name: 'officialAccountId', check: 'ref', ref: 'officialAccounts' },
    { name: 'miniProgramId', check: 'ref', ref: 'miniPrograms' },
    { name: 'kind', check: 'choice', options: ['same', 'other'], words: 'kind' },
    { name: 'linkedOn', check: 'date' },
    { name: 'byFastRegistration', check: 'flag' },
  ],
  emails: [
    { name: 'email', check: 'email' },
    { name: 'use', check: 'choice', options: emailUses, words: 'use', fixed: true },
    notes,
  ],
  fees: [
    { name: 'purpose', check: 'choice', options: feePurposes, words: 'purpose' },
    { name: 'amount', check: 'amount', max: 1_000_000 },
    { name: 'paidOn', check: 'date', optional: true },
    { name: 'invoice', check: 'choice', options: invoiceStates, words: 'invoice' },
    { name: 'result', check: 'choice', options: feeResults, words: 'result', optional: true },
    { name: 'miniProgramId', check: 'ref', ref: 'miniPrograms', optional: true },
    { name: 'officialAccountId', check: 'ref', ref: 'officialAccounts', optional: true },
    notes,
  ],
}

/** The field's id on the page, so error links and labels find it. */
export function fieldId(name: string): string {
  return `ledger-${name}`
}
