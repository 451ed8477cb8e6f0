/**
 * What went wrong with saved data: reading it (the raw text was kept aside under `backupKey`), or saving it
 * (`full`: the browser's storage is full; what was saved before is still there, the latest change is not).
 */
export type StorageProblem = { kind: 'corrupt' | 'unknown-version'; backupKey: string } | { kind: 'full' }

/** True for the browser's "storage is full" error, whatever it is called there. */
export function isQuotaExceeded(error: unknown): boolean {
  const named = error as { name?: unknown; inner?: unknown } | null
  if (!named || typeof named !== 'object') return false
  if (named.name === 'QuotaExceededError' || named.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true
  // Dexie wraps the browser's error in an AbortError whose `inner` is the cause.
  return named.inner !== undefined && isQuotaExceeded(named.inner)
}
