// @vitest-environment node
import { ruleSets } from '../../domain'
import { describeLedgerBehaviour } from '../../domain/ledger/behaviour.test-support'
import { todayInChina } from '../../platform/clock'
import { applyInCache } from './outbox'
import { dexieReader } from './usage'
import { freshDb } from './test-support'

// The browser's ledger, as a solo user has it: each command applied in one Dexie transaction.
describeLedgerBehaviour('browser, Dexie', async () => {
  const db = freshDb()
  const reader = dexieReader(db)
  return {
    run: (command) =>
      applyInCache(db, command, { ruleSetId: ruleSets.current.id, today: todayInChina() }, false),
    get: (table, id) => reader.get(table, id),
    find: (table, match) => reader.find(table, match),
  }
})
