import { liveQuery } from 'dexie'
import { useEffect, useEffectEvent, useState } from 'react'

export interface LiveResult<T> {
  data: T | undefined
  error: Error | undefined
}

/**
 * The result of a ledger query, kept up to date: Dexie re-runs it whenever the tables it read change, in
 * this tab or in another one. `key` names the query's inputs; a new key runs a new query.
 */
export function useLiveQuery<T>(query: () => Promise<T>, key: string): LiveResult<T> {
  const [state, setState] = useState<{ key: string; data?: T; error?: Error }>({ key: '' })
  const run = useEffectEvent(query)
  useEffect(() => {
    const subscription = liveQuery(() => run()).subscribe({
      next: (data) => setState({ key, data }),
      error: (error: unknown) =>
        setState({ key, error: error instanceof Error ? error : new Error(String(error)) }),
    })
    return () => subscription.unsubscribe()
  }, [key])
  return state.key === key ? { data: state.data, error: state.error } : { data: undefined, error: undefined }
}
