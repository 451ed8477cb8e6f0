// The service worker (service-worker/sw-template.js, built into /sw.js): registered in the built app so every
// page works offline after the first visit. A new version installs beside the running one and waits; this module
// says when one is waiting, and switches to it only when the user asks (never in the middle of a step).

type UpdateState = 'current' | 'ready'

let state: UpdateState = 'current'
const listeners = new Set<() => void>()

function set(next: UpdateState) {
  if (next === state) return
  state = next
  for (const listener of listeners) listener()
}

/** Whether a new version waits (for useSyncExternalStore). */
export const appUpdate = {
  get: (): UpdateState => state,
  subscribe: (listener: () => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}

/**
 * Registers /sw.js and watches for a new version: one that has installed while this page is controlled by the
 * previous one is `ready`. Looks for a new version again whenever the page comes back into view.
 */
export async function registerServiceWorker(container = globalThis.navigator?.serviceWorker): Promise<void> {
  if (!container) return
  try {
    const registration = await container.register('/sw.js')
    const check = () => {
      if (registration.waiting && container.controller) set('ready')
    }
    check()
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') check()
      })
    })
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void registration.update().catch(() => undefined)
    })
  } catch {
    // No service worker (a private window, a browser setting): the app works as before, online.
  }
}

/** 刷新: the waiting version takes over and the page reloads under it. */
export async function applyUpdate(
  container = globalThis.navigator?.serviceWorker,
  reload = () => window.location.reload(),
): Promise<void> {
  const registration = await container?.getRegistration()
  const waiting = registration?.waiting
  if (!container || !waiting) return reload()
  container.addEventListener('controllerchange', () => reload(), { once: true })
  waiting.postMessage('skip-waiting')
}

/** Tests only: back to no update known. */
export function resetAppUpdateForTests(): void {
  state = 'current'
}
