import { t } from '../../i18n'
import { ledgerFileFormat, ledgerFileHeaderSchema, type LedgerFile } from './export-file'
import { ledgerSchemaVersion, tablesOf, upgradeRecord } from './migrations'
import { describeIssue, listProblems } from './import-problems'
import { emptyLedgerData, recordSchemas, tableNames, type TableName } from '../../domain/ledger'

/** Larger files are refused before they are read. */
export const maxImportBytes = 100 * 1024 * 1024

export type ParseResult = { ok: true; file: LedgerFile } | { ok: false; problems: string[] }

class ForbiddenKey extends Error {}

/** JSON.parse that refuses `__proto__` keys anywhere in the file. */
function parseJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (key === '__proto__') throw new ForbiddenKey()
    return value
  })
}

function fail(...problems: string[]): ParseResult {
  return { ok: false, problems }
}

/**
 * Reads an export file: the JSON, the format and version, then every record against its schema (after
 * upgrading it from the file's version). Every problem is named in Chinese with its record and field.
 */
export function parseLedgerFile(text: string, bytes: number): ParseResult {
  if (bytes > maxImportBytes) return fail(t('ledger.import.problems.tooLarge', { max: 100 }))
  let json: unknown
  try {
    json = parseJson(text)
  } catch (error) {
    return fail(
      t(error instanceof ForbiddenKey ? 'ledger.import.problems.protoKey' : 'ledger.import.problems.badJson'),
    )
  }
  const header = ledgerFileHeaderSchema.safeParse(json)
  if (!header.success) {
    const format = (json as { format?: unknown } | null)?.format
    return fail(
      t(
        format === ledgerFileFormat ? 'ledger.import.problems.badHeader' : 'ledger.import.problems.notLedger',
      ),
    )
  }
  const { version, tables } = header.data
  if (version < 1 || version > ledgerSchemaVersion) {
    return fail(t('ledger.import.problems.version', { version, max: ledgerSchemaVersion }))
  }
  const allowed = tablesOf(version)
  const problems: string[] = []
  for (const name of Object.keys(tables)) {
    if (!allowed.includes(name)) problems.push(t('ledger.import.problems.unknownTable', { name }))
  }
  const data = emptyLedgerData()
  for (const name of tableNames) {
    if (!allowed.includes(name)) continue
    const rows = tables[name]
    if (!Array.isArray(rows)) {
      problems.push(t('ledger.import.problems.missingTable', { table: t(`ledger.tables.${name}`) }))
      continue
    }
    rows.forEach((row: unknown, index) => {
      const upgraded =
        row !== null && typeof row === 'object'
          ? upgradeRecord(name, row as Record<string, unknown>, version)
          : row
      const parsed = recordSchemas[name].safeParse(upgraded)
      if (parsed.success) (data[name] as unknown[]).push(parsed.data)
      else
        for (const issue of parsed.error.issues)
          problems.push(describeIssue(name as TableName, index, row, issue))
    })
  }
  if (problems.length > 0) return { ok: false, problems: listProblems(problems) }
  return {
    ok: true,
    file: { ...header.data, format: ledgerFileFormat, version: ledgerSchemaVersion, tables: data },
  }
}
