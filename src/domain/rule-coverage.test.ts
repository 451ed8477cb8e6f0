import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createFieldSchemas,
  createIdCardForAdminSchema,
  logoWarnings,
  type LogoMetadata,
} from './fields/field-schemas'
import { fieldCoverage, type FieldRuleId } from './fields/field-rule-coverage.test-support'
import { flowRows } from './flow/flow-rule-coverage.test-support'
import { checkQuotas } from './quota/check-quotas'
import { quotaCoverage, type QuotaRuleId } from './quota/quota-rule-coverage.test-support'
import type { QuotaRequest, Usage } from './quota/types'
import { currentRuleSet } from './rules/current'
import { guideRuleSet } from './rules/guide'
import { ruleTopics, type RuleId } from './rules/rule-ids'
import type { RuleSet } from './rules/rule-set'
import {
  isUnchecked,
  row,
  withValue,
  type RuleCoverage,
  type Row,
  type Unchecked,
  type ValueKey,
} from './rule-coverage.test-support'
import { samples } from './samples'
import { subjectTypes } from './subject'

// Every quota and every field rule is enforced: for each key of its value, a copy of the rule set with that
// key changed changes something a user would see (a quota finding, a field's verdict, a warning). A key no
// check reads is listed with its reason, and changing it must change nothing that any case observes.

const ruleSetsToChange: readonly RuleSet[] = [currentRuleSet, guideRuleSet]

type Coverage = { [K in RuleId]?: RuleCoverage<K> }

function rowsOf<K extends RuleId>(id: K, coverage: RuleCoverage<K>): Row[] {
  const entries = Object.entries(coverage.values) as [ValueKey<K>, RuleCoverage<K>['values'][ValueKey<K>]][]
  return entries.flatMap(([key, entry]) => (isUnchecked(entry) ? [] : entry.map((c) => row(id, key, c))))
}

function quotaRows<K extends QuotaRuleId>(id: K): Row[] {
  const coverage = quotaCoverage[id]
  return [row(id, 'not stated', coverage.notStated), ...rowsOf(id, coverage)]
}

const quotaIds = Object.keys(quotaCoverage) as QuotaRuleId[]
const fieldIds = Object.keys(fieldCoverage) as FieldRuleId[]
const quotaTable = quotaIds.flatMap((id) => quotaRows(id))
const fieldRows = <K extends FieldRuleId>(id: K) => rowsOf(id, fieldCoverage[id])
const fieldTable = fieldIds.flatMap((id) => fieldRows(id))
const everyRow = [...quotaTable, ...fieldTable, ...flowRows]

interface UncheckedKey {
  name: string
  id: RuleId
  key: string
  topic: 'quota' | 'field'
  changeIn: (ruleSet: RuleSet) => RuleSet
}

function uncheckedOf<K extends RuleId>(id: K, coverage: RuleCoverage<K>, topic: UncheckedKey['topic']) {
  const entries = Object.entries(coverage.values) as [ValueKey<K>, RuleCoverage<K>['values'][ValueKey<K>]][]
  return entries.flatMap(([key, entry]): UncheckedKey[] => {
    if (!isUnchecked(entry)) return []
    const u: Unchecked<K> = entry
    return [
      {
        name: `${id} ${key}: ${u.unchecked}`,
        id,
        key,
        topic,
        changeIn: (ruleSet) => {
          const value = ruleSet.rules[id].value
          if (value === null) return ruleSet
          const changed = u.to(value)
          expect((changed as Record<string, unknown>)[key], 'the change must change the key').not.toEqual(
            (value as Record<string, unknown>)[key],
          )
          return withValue(ruleSet, id, changed)
        },
      },
    ]
  })
}

const quotaUnchecked = <K extends QuotaRuleId>(id: K) => uncheckedOf(id, quotaCoverage[id], 'quota')
const fieldUnchecked = <K extends FieldRuleId>(id: K) => uncheckedOf(id, fieldCoverage[id], 'field')
const uncheckedKeys = [
  ...quotaIds.flatMap((id) => quotaUnchecked(id)),
  ...fieldIds.flatMap((id) => fieldUnchecked(id)),
]

/** Every key of a rule's value, in either rule set where it is stated. */
function keysOf(id: RuleId): string[] {
  const keys = ruleSetsToChange.flatMap((set) => Object.keys(set.rules[id].value ?? {}))
  return [...new Set(keys)].sort()
}

describe('rule coverage: the tables', () => {
  it('have an entry for every quota rule and every field rule of the rule book, and no other', () => {
    expect([...quotaIds].sort()).toEqual([...ruleTopics.quota].sort())
    expect([...fieldIds].sort()).toEqual([...ruleTopics.field].sort())
  })

  it.each([...quotaIds, ...fieldIds])('%s: an entry for every key of its value', (id) => {
    const coverage = (quotaCoverage as Coverage)[id] ?? (fieldCoverage as Coverage)[id]
    expect(Object.keys(coverage?.values ?? {}).sort()).toEqual(keysOf(id))
  })

  // A rule none of whose keys any check reads would belong here, with its reason; today every one is read.
  it('leave no quota or field rule wholly unchecked', () => {
    const enforced = new Set(everyRow.map((r) => r.id))
    const wholly = [...new Set(uncheckedKeys.filter((u) => !enforced.has(u.id)).map((u) => u.id))]
    expect(wholly).toEqual([])
  })
})

function expectCase(r: Row) {
  expect(r.after, 'a case must name an outcome that changes').not.toEqual(r.before)
  const seen = r.observe()
  if (r.key === 'not stated') {
    expect(seen.changed).toBeNull()
  } else {
    expect(seen.changed, 'a case must change the key it is filed under').not.toBeNull()
    expect((seen.changed as Record<string, unknown>)[r.key]).not.toEqual(
      (seen.value as Record<string, unknown>)[r.key],
    )
  }
  expect(seen.before).toEqual(r.before)
  expect(seen.after).toEqual(r.after)
}

describe('quota rules: changing the value changes what checkQuotas finds', () => {
  it.each(quotaTable.map((r) => [r.name, r] as const))('%s', (_name, r) => expectCase(r))
})

describe('field rules: changing the value changes what the field schemas accept', () => {
  it.each(fieldTable.map((r) => [r.name, r] as const))('%s', (_name, r) => expectCase(r))

  // Field rules are stated by every rule set: a missing one is a bug to report, never a check skipped.
  it.each(fieldIds)('%s not stated: its schema throws, naming the rule', (id) => {
    const rows = fieldTable.filter((r) => r.id === id)
    for (const r of rows) {
      expect(() => r.outcome(withValue(currentRuleSet, id, null))).toThrow(`Rule ${id} is not stated`)
    }
  })
})

describe('other rules the flow machine reads: changing the value changes its answer', () => {
  it.each(flowRows.map((r) => [r.name, r] as const))('%s', (_name, r) => expectCase(r))
})

// --- Keys no check reads: prove it. -------------------------------------------------------------------------

const emails = ['a@corp.example', 'OA@corp.example', 'b@corp.example ']

const usageArb: fc.Arbitrary<Usage> = fc.record(
  {
    subjectMiniPrograms: fc.nat(60),
    idCardMiniPrograms: fc.nat(7),
    phoneMiniPrograms: fc.nat(7),
    emailsInUse: fc.subarray(emails),
    officialAccount: fc.record(
      {
        subjectType: fc.constantFrom(...subjectTypes),
        sameSubjectLinks: fc.nat(12),
        otherSubjectLinks: fc.nat(5),
        monthNewLinks: fc.record({ sameSubject: fc.nat(14), otherSubject: fc.nat(14) }),
        monthFastRegistrations: fc.nat(6),
        fastRegistrationPending: fc.boolean(),
        email: fc.constantFrom(...emails),
      },
      { requiredKeys: ['subjectType', 'sameSubjectLinks', 'otherSubjectLinks', 'monthNewLinks'] },
    ) as fc.Arbitrary<NonNullable<Usage['officialAccount']>>,
    miniProgram: fc.record({ linkedAccounts: fc.nat(60), monthLinks: fc.nat(60) }),
  },
  { requiredKeys: [] },
)

const requestArb: fc.Arbitrary<QuotaRequest> = fc.record(
  {
    action: fc.constantFrom('standalone' as const, 'fast-register' as const, 'associate' as const),
    subjectType: fc.constantFrom(...subjectTypes),
    count: fc.integer({ min: 1, max: 3 }),
    sameSubject: fc.boolean(),
    email: fc.constantFrom(...emails),
  },
  { requiredKeys: ['action'] },
)

/** Values typed into every field: the samples, the cases' own inputs come in through their outcomes. */
const fieldInputArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    samples.account.email,
    samples.password,
    samples.captcha,
    samples.smsCode,
    samples.admin.name,
    samples.admin.idCardNumber,
    samples.admin.mobile,
    samples.subjectInfo.creditCode,
    samples.profile.name,
    samples.profile.intro,
  ),
)

const logoArb: fc.Arbitrary<LogoMetadata> = fc.record({
  name: fc.constantFrom('logo.png', 'logo.bmp', 'logo'),
  type: fc.constantFrom('image/png', 'image/jpeg', 'image/webp', ''),
  size: fc.nat(3 * 1024 * 1024),
  width: fc.integer({ min: 1, max: 400 }),
  height: fc.integer({ min: 1, max: 400 }),
})

/** Everything the field rules shape, as a function of one typed value and one chosen logo. */
function fieldsSeen(ruleSet: RuleSet) {
  const schemas = Object.entries(createFieldSchemas(ruleSet))
  const forAdmin = subjectTypes.map((type) => createIdCardForAdminSchema(ruleSet, '2026-11-24', type))
  return (input: string, logo: LogoMetadata) => ({
    verdicts: schemas.map(([name, schema]) => [name, schema.safeParse(input)]),
    forAdmin: forAdmin.map((schema) => schema.safeParse(input)),
    logo: schemas.find(([name]) => name === 'logo')?.[1].safeParse(logo),
    warnings: logoWarnings(logo, ruleSet),
  })
}

describe('keys no check reads, by design: changing them changes nothing', () => {
  it.each(uncheckedKeys.map((u) => [u.name, u] as const))('%s', (_name, u) => {
    // Field rules have one value in both rule sets; quota rules differ between them.
    for (const base of u.topic === 'quota' ? ruleSetsToChange : [currentRuleSet]) {
      const changed = u.changeIn(base)
      if (changed === base) continue // not stated in this rule set
      // No case of any table sees a difference…
      for (const r of everyRow) expect(r.outcome(changed), r.name).toEqual(r.outcome(base))
      // …nor do random requests and typed values.
      if (u.topic === 'quota') {
        fc.assert(
          fc.property(usageArb, requestArb, (usage, request) => {
            expect(checkQuotas(usage, request, changed)).toEqual(checkQuotas(usage, request, base))
          }),
          { numRuns: 300 },
        )
      } else {
        const [seenChanged, seenBase] = [fieldsSeen(changed), fieldsSeen(base)]
        fc.assert(
          fc.property(fieldInputArb, logoArb, (input, logo) => {
            expect(seenChanged(input, logo)).toEqual(seenBase(input, logo))
          }),
          { numRuns: 100 },
        )
      }
    }
  })
})
