import { afterEach, describe, expect, it, vi } from 'vitest'
import { appUpdate, applyUpdate, registerServiceWorker, resetAppUpdateForTests } from './app-update'

// A stand-in for the browser's service worker container: a registration whose next version installs on demand.
function fakeContainer(options: { controlled: boolean; waiting?: boolean }) {
  const registrationListeners: Record<string, (() => void)[]> = {}
  const containerListeners: Record<string, (() => void)[]> = {}
  const worker = (state: string) => {
    const listeners: (() => void)[] = []
    return {
      state,
      postMessage: vi.fn(),
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
      become(next: string) {
        this.state = next
        for (const listener of listeners) listener()
      },
    }
  }
  const registration = {
    waiting: options.waiting ? worker('installed') : null,
    installing: null as ReturnType<typeof worker> | null,
    update: vi.fn(async () => undefined),
    addEventListener: (type: string, listener: () => void) =>
      (registrationListeners[type] ??= []).push(listener),
  }
  const container = {
    controller: options.controlled ? {} : null,
    register: vi.fn(async () => registration),
    getRegistration: vi.fn(async () => registration),
    addEventListener: (type: string, listener: () => void) =>
      (containerListeners[type] ??= []).push(listener),
  }
  return {
    container: container as unknown as ServiceWorkerContainer,
    /** A new version is found and installs beside the running one. */
    newVersion() {
      const next = worker('installing')
      registration.installing = next
      for (const listener of registrationListeners.updatefound ?? []) listener()
      registration.waiting = next
      next.become('installed')
      return next
    },
    takeOver: () => {
      for (const listener of containerListeners.controllerchange ?? []) listener()
    },
    registration,
  }
}

afterEach(() => resetAppUpdateForTests())

describe('a new version of the app', () => {
  it('is announced once it has installed beside the running one, and not before', async () => {
    const fake = fakeContainer({ controlled: true })
    await registerServiceWorker(fake.container)
    expect(fake.container.register).toHaveBeenCalledWith('/sw.js')
    expect(appUpdate.get()).toBe('current')
    fake.newVersion()
    expect(appUpdate.get()).toBe('ready')
  })

  it('is not announced on the first visit, when nothing ran before it', async () => {
    const fake = fakeContainer({ controlled: false })
    await registerServiceWorker(fake.container)
    fake.newVersion()
    expect(appUpdate.get()).toBe('current')
  })

  it('takes over only when asked, and the page reloads under it', async () => {
    const fake = fakeContainer({ controlled: true, waiting: true })
    await registerServiceWorker(fake.container)
    expect(appUpdate.get()).toBe('ready')
    const reload = vi.fn()
    await applyUpdate(fake.container, reload)
    expect(fake.registration.waiting!.postMessage).toHaveBeenCalledWith('skip-waiting')
    expect(reload).not.toHaveBeenCalled()
    fake.takeOver()
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('leaves the app working when the browser refuses a service worker', async () => {
    const container = { register: vi.fn(async () => Promise.reject(new Error('denied'))) }
    await expect(
      registerServiceWorker(container as unknown as ServiceWorkerContainer),
    ).resolves.toBeUndefined()
    expect(appUpdate.get()).toBe('current')
  })
})
