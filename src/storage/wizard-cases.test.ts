import { describe, expect, it, vi } from 'vitest'
import { start } from '../domain'
import { safeJsonStorage } from './safe-json-storage'
import {
  migrateWizardData,
  readWizardCase,
  wizardStorageName,
  wizardStorageVersion,
  type WizardData,
} from './wizard-cases'

const stored: WizardData = {
  cases: {
    a: {
      id: 'a',
      flow: start('reuse'),
      drafts: {},
      createdAt: '2026-11-24T00:00:00Z',
      updatedAt: '2026-11-24T00:00:00Z',
    },
  },
}

function storageWith(raw: string | null) {
  localStorage.clear()
  if (raw !== null) localStorage.setItem(wizardStorageName, raw)
  const onProblem = vi.fn()
  const storage = safeJsonStorage({ version: wizardStorageVersion, migrate: migrateWizardData, onProblem })
  return { storage, onProblem }
}

describe('migrateWizardData', () => {
  it('reads version 1 as it is', () => {
    expect(migrateWizardData(stored, 1)).toEqual(stored)
  })

  it('keeps the ledger client a registration is for, and reads cases saved before it existed', () => {
    const forClient = { cases: { a: { ...stored.cases.a!, clientId: 'client-1' } } }
    expect(migrateWizardData(forClient, 1)?.cases.a?.clientId).toBe('client-1')
    expect(migrateWizardData(stored, 1)?.cases.a).not.toHaveProperty('clientId')
  })

  it('refuses an unknown version or a malformed case', () => {
    expect(migrateWizardData(stored, 2)).toBeNull()
    expect(migrateWizardData({ cases: { a: { ...stored.cases.a, flow: { path: 'fax' } } } }, 1)).toBeNull()
    expect(migrateWizardData({ cases: { b: stored.cases.a } }, 1)).toBeNull()
  })
})

describe('safeJsonStorage', () => {
  it('returns saved data', () => {
    const { storage, onProblem } = storageWith(JSON.stringify({ state: stored, version: 1 }))
    expect(storage.getItem(wizardStorageName)).toEqual({ state: stored, version: 1 })
    expect(onProblem).not.toHaveBeenCalled()
  })

  it('keeps corrupt data aside under a backup key, reports it and starts clean', () => {
    const { storage, onProblem } = storageWith('{not json')
    expect(storage.getItem(wizardStorageName)).toBeNull()
    const problem = onProblem.mock.calls[0]![0] as { kind: string; backupKey: string }
    expect(problem.kind).toBe('corrupt')
    expect(localStorage.getItem(problem.backupKey)).toBe('{not json')
  })

  it('reports data from a newer version as unknown, keeping it aside', () => {
    const raw = JSON.stringify({ state: stored, version: 9 })
    const { storage, onProblem } = storageWith(raw)
    expect(storage.getItem(wizardStorageName)).toBeNull()
    const problem = onProblem.mock.calls[0]![0] as { kind: string; backupKey: string }
    expect(problem.kind).toBe('unknown-version')
    expect(localStorage.getItem(problem.backupKey)).toBe(raw)
  })
})

describe('readWizardCase', () => {
  const saved = JSON.stringify({ state: stored, version: wizardStorageVersion })

  it('reads one registration as the wizard saved it, and writes nothing', () => {
    localStorage.clear()
    localStorage.setItem(wizardStorageName, saved)
    expect(readWizardCase('a')).toEqual(stored.cases.a)
    expect(localStorage.length).toBe(1)
    expect(localStorage.getItem(wizardStorageName)).toBe(saved)
  })

  it('reads from the storage and key it is given (demo mode keeps its own)', () => {
    localStorage.clear()
    const other = new Map([['demo.cases', saved]])
    const storage = { getItem: (key: string) => other.get(key) ?? null }
    expect(readWizardCase('a', storage, 'demo.cases')).toEqual(stored.cases.a)
    expect(readWizardCase('a', storage)).toBeNull()
  })

  it('is null for an unknown id, nothing stored, unreadable data or another version', () => {
    const read = (raw: string | null) => {
      localStorage.clear()
      if (raw !== null) localStorage.setItem(wizardStorageName, raw)
      return readWizardCase('a')
    }
    localStorage.setItem(wizardStorageName, saved)
    expect(readWizardCase('b')).toBeNull()
    expect(readWizardCase('constructor')).toBeNull()
    expect(read(null)).toBeNull()
    expect(read('{not json')).toBeNull()
    expect(read('null')).toBeNull()
    expect(read(JSON.stringify({ state: stored, version: 99 }))).toBeNull()
    expect(read(JSON.stringify({ state: { cases: { a: { id: 'a' } } }, version: 1 }))).toBeNull()
  })
})
