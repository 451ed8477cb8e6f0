import { useEffect, useState } from 'react'
import { loadLedger, type LedgerBridge } from './ledger-bridge'

/** A list read from the ledger: `null` while it loads, or when the ledger cannot be read (no IndexedDB). */
export function useLedgerList<T>(load: (ledger: LedgerBridge) => Promise<T[]>, key: string): T[] | null {
  const [loaded, setLoaded] = useState<{ key: string; items: T[] } | null>(null)
  useEffect(() => {
    let current = true
    loadLedger()
      .then(load)
      .then(
        (items) => current && setLoaded({ key, items }),
        () => current && setLoaded({ key, items: [] }),
      )
    return () => {
      current = false
    }
    // `key` names what `load` reads: a new key reads again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return loaded?.key === key ? loaded.items : null
}
