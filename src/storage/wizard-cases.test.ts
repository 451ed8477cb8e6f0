import fc from 'fast-check'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { start } from '../domain'
import {
  caseIdOfKey,
  caseKey,
  loadWizardCases,
  migrateWizardData,
  readWizardCase,
  saveWizardCase,
  wizardCaseBase,
  wizardStorageName,
  wizardStorageVersion,
  type RegistrationCase,
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

const item = stored.cases.a!
const now = 1_700_000_000_000
const stamp = (value: RegistrationCase, revision: number) =>
  JSON.stringify({ version: wizardStorageVersion, revision, case: value })

describe('one key a registration', () => {
  beforeEach(() => localStorage.clear())

  it('names a registration’s key by its id, and knows no other key for one', () => {
    expect(caseKey(wizardCaseBase, 'a')).toBe('mp-wizard.case.a')
    expect(caseIdOfKey('mp-wizard.case.a', wizardCaseBase)).toBe('a')
    for (const other of [
      'mp-wizard.case.a.backup-1',
      'mp-wizard.case.demo.a',
      'mp-wizard.cases',
      'mp-wizard.case.',
      'other.case.a',
    ]) {
      expect(caseIdOfKey(other, wizardCaseBase)).toBeNull()
    }
    expect(caseIdOfKey('mp-wizard.case.demo.a', `${wizardCaseBase}.demo`)).toBe('a')
  })

  it('saves one registration under its key, revision by revision, and reads it back', () => {
    expect(saveWizardCase(localStorage, wizardCaseBase, item, 0)).toEqual({ ok: true, revision: 1 })
    expect(saveWizardCase(localStorage, wizardCaseBase, item, 1)).toEqual({ ok: true, revision: 2 })
    expect(localStorage.length).toBe(1)
    expect(loadWizardCases(localStorage, wizardCaseBase, wizardStorageName, now)).toEqual({
      cases: { a: item },
      revisions: { a: 2 },
      problems: [],
    })
    expect(readWizardCase('a')).toEqual(item)
  })

  it('never saves on top of another tab’s later save: nothing is written and the caller is told', () => {
    saveWizardCase(localStorage, wizardCaseBase, item, 0)
    // The other tab read revision 1 too, and saved first.
    const theirs = { ...item, updatedAt: '2026-11-25T00:00:00Z' }
    expect(saveWizardCase(localStorage, wizardCaseBase, theirs, 1)).toEqual({ ok: true, revision: 2 })
    const before = localStorage.getItem(caseKey(wizardCaseBase, 'a'))
    expect(saveWizardCase(localStorage, wizardCaseBase, item, 1)).toEqual({ ok: false, reason: 'conflict' })
    expect(localStorage.getItem(caseKey(wizardCaseBase, 'a'))).toBe(before)
  })

  it('says so when storage is full, and keeps what was saved before', () => {
    saveWizardCase(localStorage, wizardCaseBase, item, 0)
    const before = localStorage.getItem(caseKey(wizardCaseBase, 'a'))
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(saveWizardCase(localStorage, wizardCaseBase, item, 1)).toEqual({ ok: false, reason: 'full' })
    vi.restoreAllMocks()
    expect(localStorage.getItem(caseKey(wizardCaseBase, 'a'))).toBe(before)
  })

  it('splits version 1’s single value into one key a registration, once', () => {
    const b = { ...item, id: 'b' }
    localStorage.setItem(wizardStorageName, JSON.stringify({ state: { cases: { a: item, b } }, version: 1 }))
    const loaded = loadWizardCases(localStorage, wizardCaseBase, wizardStorageName, now)
    expect(loaded.cases).toEqual({ a: item, b })
    expect(loaded.problems).toEqual([])
    expect(localStorage.getItem(wizardStorageName)).toBeNull()
    expect(Object.keys(localStorage).sort()).toEqual(['mp-wizard.case.a', 'mp-wizard.case.b'])
    expect(loadWizardCases(localStorage, wizardCaseBase, wizardStorageName, now).cases).toEqual({
      a: item,
      b,
    })
  })

  it('sets aside what it cannot read, says so, and loads the rest', () => {
    localStorage.setItem(caseKey(wizardCaseBase, 'a'), stamp(item, 3))
    localStorage.setItem(caseKey(wizardCaseBase, 'b'), '{"version":2,"revision":1,"case":{"id":"b"')
    localStorage.setItem(caseKey(wizardCaseBase, 'c'), JSON.stringify({ version: 9, revision: 1, case: {} }))
    const loaded = loadWizardCases(localStorage, wizardCaseBase, wizardStorageName, now)
    expect(loaded.cases).toEqual({ a: item })
    expect(loaded.problems).toEqual([
      { kind: 'corrupt', backupKey: 'mp-wizard.case.b.backup-1700000000000' },
      { kind: 'unknown-version', backupKey: 'mp-wizard.case.c.backup-1700000000000' },
    ])
    expect(localStorage.getItem('mp-wizard.case.b')).toBeNull()
    expect(localStorage.getItem('mp-wizard.case.b.backup-1700000000000')).toContain('"id":"b"')
    // Read again: what was set aside is not reported twice.
    expect(loadWizardCases(localStorage, wizardCaseBase, wizardStorageName, now).problems).toEqual([])
  })

  it('reads one registration without its store, from the mode’s own keys, and writes nothing', () => {
    localStorage.setItem(caseKey(wizardCaseBase, 'a'), stamp(item, 1))
    expect(readWizardCase('a')).toEqual(item)
    expect(readWizardCase('a', localStorage, `${wizardCaseBase}.demo`)).toBeNull()
    expect(readWizardCase('b')).toBeNull()
    expect(readWizardCase('constructor')).toBeNull()
    expect(readWizardCase('../a')).toBeNull()
    localStorage.setItem(caseKey(wizardCaseBase, 'a'), '{not json')
    expect(readWizardCase('a')).toBeNull()
    expect(localStorage.length).toBe(1)
  })
})

/** A stored value as anything may have left it: valid, an older version, truncated, wrong types, random JSON. */
function storedValue(id: string) {
  const valid = stamp({ ...item, id }, 1)
  return fc.oneof(
    fc.constant({ label: 'valid', raw: valid }),
    fc.nat({ max: valid.length - 1 }).map((n) => ({ label: 'truncated', raw: valid.slice(0, n) })),
    fc.jsonValue().map((v) => ({ label: 'random JSON', raw: JSON.stringify(v) })),
    fc.string().map((raw) => ({ label: 'random text', raw })),
    fc.constantFrom(1, 3, 99, -1).map((version) => ({
      label: 'other version',
      raw: JSON.stringify({ version, revision: 1, case: { ...item, id } }),
    })),
    fc
      .record({
        key: fc.constantFrom('flow', 'drafts', 'createdAt', 'id', 'revision'),
        value: fc.jsonValue(),
      })
      .map(({ key, value }) => ({
        label: 'wrong type',
        raw:
          key === 'revision'
            ? JSON.stringify({ version: 2, revision: value, case: { ...item, id } })
            : JSON.stringify({ version: 2, revision: 1, case: { ...item, id, [key]: value } }),
      })),
    fc.constant({
      label: 'prototype keys',
      raw: `{"version":2,"revision":1,"case":{"__proto__":{"x":1},"id":"${id}"}}`,
    }),
  )
}

const legacyValue = fc.oneof(
  fc.constant({ label: 'none', raw: null }),
  fc.constant({ label: 'version 1', raw: JSON.stringify({ state: stored, version: 1 }) }),
  fc.jsonValue().map((v) => ({ label: 'random JSON', raw: JSON.stringify(v) })),
  fc
    .nat({ max: 200 })
    .map((n) => ({ label: 'truncated', raw: JSON.stringify({ state: stored, version: 1 }).slice(0, n) })),
)

const scenario = fc
  .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 4 })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.tuple(...ids.map(storedValue)), legacyValue))

/** How deep a run goes: how many keys, of which kinds, with which legacy value. */
const depth = ([ids, values, legacy]: [string[], { label: string }[], { label: string }]) =>
  `${ids.length} keys (${[...new Set(values.map((v) => v.label))].length} kinds), legacy ${legacy.label}`

describe('loading saved registrations, fuzzed (fast-check)', () => {
  it('always loads, keeps every unreadable value aside word for word, and says so', () => {
    fc.assert(
      fc.property(scenario, ([ids, values, legacy]) => {
        localStorage.clear()
        ids.forEach((id, i) => localStorage.setItem(caseKey(wizardCaseBase, id), values[i]!.raw))
        if (legacy.raw !== null) localStorage.setItem(wizardStorageName, legacy.raw)

        const loaded = loadWizardCases(localStorage, wizardCaseBase, wizardStorageName, now)

        // Each registration's value is loaded, or set aside as it was and reported.
        ids.forEach((id, i) => {
          if (Object.hasOwn(loaded.cases, id)) return
          const backupKey = `${caseKey(wizardCaseBase, id)}.backup-${now}`
          expect(loaded.problems).toContainEqual({ kind: expect.any(String), backupKey })
          expect(localStorage.getItem(backupKey)).toBe(values[i]!.raw)
          expect(localStorage.getItem(caseKey(wizardCaseBase, id))).toBeNull()
        })
        // Version 1's value is split (its registration loads) or set aside as it was; either way it is gone.
        if (legacy.raw !== null) {
          const backupKey = `${wizardStorageName}.backup-${now}`
          if (localStorage.getItem(backupKey) === null) expect(loaded.cases.a).toBeDefined()
          else {
            expect(localStorage.getItem(backupKey)).toBe(legacy.raw)
            expect(loaded.problems).toContainEqual({ kind: expect.any(String), backupKey })
          }
          expect(localStorage.getItem(wizardStorageName)).toBeNull()
        }
        // What loaded is a registration the wizard can use, under its own id; nothing touched Object.prototype.
        for (const [id, value] of Object.entries(loaded.cases)) {
          expect(value.id).toBe(id)
          expect(value.flow.completed).toBeInstanceOf(Array)
        }
        expect(({} as Record<string, unknown>).x).toBeUndefined()
        // Loading again finds nothing more to report, and the same registrations.
        const again = loadWizardCases(localStorage, wizardCaseBase, wizardStorageName, now + 1)
        expect(again.problems).toEqual([])
        expect(again.cases).toEqual(loaded.cases)
      }),
      { numRuns: 1200 },
    )
  })

  it('reaches deep states: several keys of several kinds beside a legacy value (fc.statistics)', () => {
    const seen: string[] = []
    fc.statistics(scenario, depth, {
      numRuns: 1200,
      logger: (line) => seen.push(line),
    })
    const share = (pattern: RegExp) =>
      seen
        .filter((line) => pattern.test(line))
        .reduce((sum, line) => sum + Number(/(\d+\.\d+)%$/.exec(line)![1]), 0)
    expect(share(/4 keys \([3-9] kinds\)/)).toBeGreaterThan(5)
    expect(share(/legacy version 1/)).toBeGreaterThan(10)
  })
})
