// 演示模式: trainers demo every path without touching anybody's saved registrations or ledger. While it is on,
// every store this app keeps (the wizard's registrations, the ledger's IndexedDB database, the settings, the
// blank 发布清单, the identity key) is read and written under its own name with a `.demo` suffix, so the real
// ones are neither read nor written. The flag is read once, when the app starts: turning demo mode on or off
// reloads the page, so no store ever holds data of the other mode.

const flagKey = 'mp-wizard.demo-mode'
export const demoSuffix = '.demo'

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // Storage blocked by the browser's settings: demo mode cannot be remembered, so it is off.
    return null
  }
}

function readFlag(): boolean {
  try {
    return safeStorage()?.getItem(flagKey) === 'on'
  } catch {
    return false
  }
}

let on = readFlag()

/** A demo store's key, or a key kept beside one (a set-aside unreadable copy: `….demo.backup-…`). */
function isDemoKey(key: string): boolean {
  return key.endsWith(demoSuffix) || key.includes(`${demoSuffix}.`)
}

const cleanupKey = 'mp-wizard.cleanup-after-demo'

/** Whether this page runs in 演示模式 (fixed for the page's life). */
export function isDemoMode(): boolean {
  return on
}

/** The name a store keeps its data under in the mode this page runs in. */
export function storageName(base: string): string {
  return on ? `${base}${demoSuffix}` : base
}

/** Tests only: run the module as if the page had started in (or out of) demo mode. */
export function setDemoModeForTests(value: boolean): void {
  on = value
}

/**
 * Everything demo mode wrote: its localStorage keys and its ledger database. Leaving demo mode removes them,
 * so no sample data lingers in the browser; the real stores were never touched.
 */
async function clearDemoData(databases: readonly string[]): Promise<void> {
  const storage = safeStorage()
  // Noted first: a deletion the browser holds back (an open connection) is finished by the next page start.
  storage?.setItem(cleanupKey, JSON.stringify(databases))
  if (storage) {
    const keys: string[] = []
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i)
      if (key?.startsWith('mp-wizard') && isDemoKey(key)) keys.push(key)
    }
    for (const key of keys) storage.removeItem(key)
  }
  if (typeof indexedDB === 'undefined') {
    storage?.removeItem(cleanupKey)
    return
  }
  const deleted = await Promise.all(
    databases.map(
      (name) =>
        new Promise<boolean>((resolve) => {
          const request = indexedDB.deleteDatabase(`${name}${demoSuffix}`)
          request.onsuccess = () => resolve(true)
          request.onerror = request.onblocked = () => resolve(false)
        }),
    ),
  )
  if (deleted.every(Boolean)) storage?.removeItem(cleanupKey)
}

/** A page started out of demo mode finishes a clean-up the last one could not (see clearDemoData). */
function finishCleanup(): void {
  if (on) return
  try {
    const pending = safeStorage()?.getItem(cleanupKey)
    if (!pending) return
    const names = JSON.parse(pending) as unknown
    if (Array.isArray(names) && names.every((name) => typeof name === 'string')) void clearDemoData(names)
    else safeStorage()?.removeItem(cleanupKey)
  } catch {
    // Nothing to finish, or storage refused: the demo database stays until the next switch.
  }
}

finishCleanup()

/**
 * Turns demo mode on (starting from clean demo stores) or off (removing what it wrote), then reloads at `to`
 * so every store opens under the mode's names. Returns false when the browser will not store the flag.
 */
export async function switchDemoMode(
  value: boolean,
  to: string,
  databases: readonly string[],
): Promise<boolean> {
  const storage = safeStorage()
  if (!storage) return false
  await clearDemoData(databases)
  try {
    if (value) storage.setItem(flagKey, 'on')
    else storage.removeItem(flagKey)
  } catch {
    return false
  }
  window.location.assign(to)
  return true
}
