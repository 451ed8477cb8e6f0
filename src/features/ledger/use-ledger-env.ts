import { ruleSets } from '../../domain'
import { todayInChina } from '../../platform/clock'
import { ledgerDb } from '../../storage/ledger'
import { useSettingsStore } from '../../storage/settings-store'

/** The ledger's database, the user's rule set and today's date in China. */
export function useLedgerEnv() {
  const ruleSetId = useSettingsStore((s) => s.ruleSetId)
  return { db: ledgerDb(), ruleSet: ruleSets[ruleSetId], today: todayInChina() }
}
