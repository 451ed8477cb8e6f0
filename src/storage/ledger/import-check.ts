import { t } from '../../i18n'
import { fieldName, listProblems, recordName } from './import-problems'
import { tableNames, uniqueFields, type LedgerData, type TableName } from '../../domain/ledger'

/** Which table each reference field points into. */
const references: { [K in TableName]?: Record<string, TableName> } = {
  subjects: { clientId: 'clients' },
  officialAccounts: { subjectId: 'subjects' },
  miniPrograms: { subjectId: 'subjects', adminId: 'admins', viaAccountId: 'officialAccounts' },
  associations: { officialAccountId: 'officialAccounts', miniProgramId: 'miniPrograms' },
  fees: { miniProgramId: 'miniPrograms', officialAccountId: 'officialAccounts' },
}

type Row = Record<string, unknown> & { id: string }

function rowsOf(data: LedgerData, table: TableName): Row[] {
  return data[table] as unknown as Row[]
}

function duplicates(data: LedgerData, table: TableName): string[] {
  const problems: string[] = []
  const keys: (readonly string[])[] = [['id'], ...(uniqueFields[table] ?? [])]
  for (const fields of keys) {
    const seen = new Map<string, number>()
    rowsOf(data, table).forEach((row, index) => {
      const values = fields.map((field) => row[field])
      if (values.some((value) => value === undefined)) return
      const key = JSON.stringify(values)
      const first = seen.get(key)
      if (first === undefined) {
        seen.set(key, index)
        return
      }
      problems.push(
        t('ledger.import.problems.duplicate', {
          record: recordName(table, index, row),
          field: fields.map((field) => fieldName(table, field)).join(' + '),
          other: first + 1,
        }),
      )
    })
  }
  return problems
}

/** Emails are taken by one record of the whole ledger: a mini program and an account never share one. */
function sharedEmails(data: LedgerData): string[] {
  const owners = new Map<string, string>()
  const problems: string[] = []
  data.emails.forEach((row, index) => {
    if (row.ownerId === undefined) return
    const other = owners.get(row.ownerId)
    if (other !== undefined) {
      problems.push(
        t('ledger.import.problems.twoEmails', { record: recordName('emails', index, row), other }),
      )
    }
    owners.set(row.ownerId, row.email)
  })
  return problems
}

function danglingReferences(data: LedgerData, table: TableName): string[] {
  const fields = references[table] ?? {}
  const ids = Object.fromEntries(
    Object.values(fields).map((target) => [target, new Set(rowsOf(data, target).map((row) => row.id))]),
  )
  const problems: string[] = []
  rowsOf(data, table).forEach((row, index) => {
    for (const [field, target] of Object.entries(fields)) {
      const value = row[field]
      if (value === undefined || ids[target]!.has(String(value))) continue
      problems.push(
        t('ledger.import.problems.reference', {
          record: recordName(table, index, row),
          field: fieldName(table, field),
          table: t(`ledger.tables.${target}`),
        }),
      )
    }
  })
  return problems
}

/** A mini program's or account's email must be the email row it owns, so uniqueness holds after import. */
function unclaimedEmails(data: LedgerData): string[] {
  const owned = new Set(data.emails.map((row) => `${row.ownerId ?? ''} ${row.email}`))
  const problems: string[] = []
  for (const table of ['miniPrograms', 'officialAccounts'] as const) {
    data[table].forEach((row, index) => {
      if (owned.has(`${row.id} ${row.email}`)) return
      problems.push(t('ledger.import.problems.unclaimedEmail', { record: recordName(table, index, row) }))
    })
  }
  return problems
}

/** What a whole ledger must satisfy besides each record's schema: no duplicates, no broken references. */
export function checkLedgerData(data: LedgerData): string[] {
  const problems = tableNames.flatMap((table) => [
    ...duplicates(data, table),
    ...danglingReferences(data, table),
  ])
  return listProblems([...problems, ...sharedEmails(data), ...unclaimedEmails(data)])
}
