import { t } from '../../i18n'
import type { LedgerDatabase } from './db'
import type { MiniProgram } from '../../domain/ledger'

/** Spreadsheets run a cell starting with one of these as a formula: such a cell is prefixed with '. */
const formulaStarts = ['=', '+', '-', '@', '\t', '\r']

/** One CSV cell: defused against formula injection, quoted when it must be (RFC 4180). */
export function csvCell(value: string): string {
  const safe = formulaStarts.some((start) => value.startsWith(start)) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** UTF-8 with a byte order mark, so Excel reads the Chinese; CRLF line ends. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

const columns = [
  'name',
  'appId',
  'subject',
  'path',
  'status',
  'certStatus',
  'certExpiry',
  'createdOn',
  'email',
  'waitingOn',
  'notes',
] as const

function row(mp: MiniProgram, subjectName: string | undefined): string[] {
  const values: Record<(typeof columns)[number], string> = {
    name: mp.name ?? '',
    appId: mp.appId ?? '',
    subject: subjectName ?? '',
    path: t(`terms.path.${mp.path}`),
    status: t(`ledger.values.status.${mp.status}`),
    certStatus: t(`ledger.values.certStatus.${mp.certStatus}`),
    certExpiry: mp.certExpiry ?? '',
    createdOn: mp.createdOn,
    email: mp.email,
    waitingOn: mp.waitingOn.map((w) => t(`ledger.values.waitingOn.${w}`)).join('、'),
    notes: mp.notes ?? '',
  }
  return columns.map((column) => values[column])
}

/** Every mini program as CSV, with its subject's name. */
export async function miniProgramsCsv(db: LedgerDatabase): Promise<string> {
  return db.transaction('r', ['miniPrograms', 'subjects'], async () => {
    const [programs, subjects] = await Promise.all([
      db.miniPrograms.orderBy('name').toArray(),
      db.subjects.toArray(),
    ])
    const names = new Map(subjects.map((s) => [s.id, s.name]))
    const header = columns.map((column) => t(`ledger.csv.${column}`))
    return csvText([
      header,
      ...programs.map((mp) => row(mp, mp.subjectId ? names.get(mp.subjectId) : undefined)),
    ])
  })
}
