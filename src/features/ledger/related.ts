import { t } from '../../i18n'
import type { LedgerDatabase, LedgerRecord, TableName } from '../../storage/ledger'
import { recordTitle } from './kinds'

/** The records that point at one of `table`, by which field, shown on its page. */
const relations: Partial<Record<TableName, readonly [TableName, string][]>> = {
  clients: [['subjects', 'clientId']],
  subjects: [
    ['miniPrograms', 'subjectId'],
    ['officialAccounts', 'subjectId'],
  ],
  officialAccounts: [
    ['associations', 'officialAccountId'],
    ['fees', 'officialAccountId'],
  ],
  miniPrograms: [
    ['associations', 'miniProgramId'],
    ['fees', 'miniProgramId'],
  ],
  admins: [['miniPrograms', 'adminId']],
}

const shownAtMost = 50

export interface RelatedItem {
  table: TableName
  id: string
  title: string
}

/** An association is named by its other end: the mini program on an account's page, and the other way. */
async function associationTitle(db: LedgerDatabase, from: TableName, link: Record<string, unknown>) {
  const [target, id] =
    from === 'officialAccounts'
      ? (['miniPrograms', link.miniProgramId] as const)
      : (['officialAccounts', link.officialAccountId] as const)
  const other = await db.table<LedgerRecord, string>(target).get(String(id))
  const name = other ? recordTitle(target, other) : String(id)
  return t('ledger.ui.titles.associationWith', {
    name,
    title: recordTitle('associations', link as unknown as LedgerRecord),
  })
}

/** Up to 50 related records of each kind, with their titles. */
export async function relatedOf(db: LedgerDatabase, table: TableName, id: string) {
  const groups: { table: TableName; total: number; items: RelatedItem[] }[] = []
  for (const [other, field] of relations[table] ?? []) {
    const collection = db.table<LedgerRecord, string>(other).where(field).equals(id)
    const [total, records] = await Promise.all([collection.count(), collection.limit(shownAtMost).toArray()])
    const items = await Promise.all(
      records.map(async (record) => ({
        table: other,
        id: record.id,
        title:
          other === 'associations'
            ? await associationTitle(db, table, record as unknown as Record<string, unknown>)
            : recordTitle(other, record),
      })),
    )
    groups.push({ table: other, total, items })
  }
  return groups
}
