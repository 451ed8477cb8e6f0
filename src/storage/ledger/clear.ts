import type { LedgerDatabase } from './db'

/** 清除全部数据: every record and the ledger's own notes (last backup), in one transaction. */
export async function clearLedger(db: LedgerDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    // `meta` first: clearing each table after it writes that table's count again (0), see ./record-counts.
    await db.meta.clear()
    for (const table of db.tables) if (table.name !== 'meta') await table.clear()
  })
}
