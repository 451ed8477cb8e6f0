import type { PersistStorage, StorageValue } from 'zustand/middleware'

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

export interface SafeStorageOptions<S> {
  version: number
  /** Checks and upgrades what was stored under `version`; `null` means it cannot be read. */
  migrate: (stored: unknown, version: number) => S | null
  onProblem: (problem: StorageProblem) => void
  storage?: () => Storage
}

function backup(storage: Storage, name: string, raw: string): string {
  const key = `${name}.backup-${Date.now()}`
  try {
    storage.setItem(key, raw)
  } catch {
    // Storage full: the raw data stays where it was, and is overwritten only by the next save.
  }
  return key
}

/**
 * A zustand persist storage that never crashes the app on bad data: unreadable or unknown-version data is
 * kept aside under a backup key, reported, and the app starts clean.
 */
export function safeJsonStorage<S>(options: SafeStorageOptions<S>): PersistStorage<S> {
  const store = () => (options.storage ?? (() => localStorage))()
  return {
    getItem(name) {
      const raw = store().getItem(name)
      if (raw === null) return null
      let parsed: unknown
      try {
        parsed = JSON.parse(raw)
      } catch {
        options.onProblem({ kind: 'corrupt', backupKey: backup(store(), name, raw) })
        return null
      }
      const envelope = parsed as Partial<StorageValue<unknown>> | null
      const version = typeof envelope?.version === 'number' ? envelope.version : -1
      const state = envelope && typeof envelope === 'object' ? options.migrate(envelope.state, version) : null
      if (state === null) {
        const kind = version > options.version || version < 0 ? 'unknown-version' : 'corrupt'
        options.onProblem({ kind, backupKey: backup(store(), name, raw) })
        return null
      }
      return { state, version: options.version }
    },
    setItem(name, value) {
      try {
        store().setItem(name, JSON.stringify(value))
      } catch (error) {
        // Full: the previous save stays as it was (setItem replaces all or nothing); the user is told.
        if (!isQuotaExceeded(error)) throw error
        options.onProblem({ kind: 'full' })
      }
    },
    removeItem(name) {
      store().removeItem(name)
    },
  }
}
