import type { LedgerDatabase } from './db'

/** 清除全部数据: every record and the ledger's own notes (last backup), in one transaction. */
export async function clearLedger(db: LedgerDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear()
  })
}
