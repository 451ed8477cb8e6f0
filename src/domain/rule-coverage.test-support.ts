// TEST SUPPORT ONLY: the shape of the rule-coverage tables (rule-coverage.test.ts). A table says, for each key
// of a rule's value, how changing it changes what a user, a screen or the machine sees; or why nothing does.
import type { z } from 'zod'
import { ruleOfIssue } from './fields/field-problem'
import { currentRuleSet } from './rules/current'
import type { RuleId } from './rules/rule-ids'
import type { RuleSet, RuleValues } from './rules/rule-set'

/** Every key of a rule's value, across the variants of a union (OA_LINK_MONTHLY has two). */
export type ValueKey<K extends RuleId> = RuleValues[K] extends infer V
  ? V extends unknown
    ? keyof V & string
    : never
  : never

/** One change to a rule's value and the outcome it changes, asserted before and after with `toEqual`. */
export interface Case<K extends RuleId> {
  /** The change in words, for the test's name: 'limit 5 → 3'. */
  change: string
  /** The rule set whose value is changed: `current` unless said. */
  base?: RuleSet
  /** The changed value; `null` is "not stated". */
  to: (value: RuleValues[K]) => RuleValues[K] | null
  /** What can be observed: quota findings, a schema's verdict, a machine's answer. Reads only `ruleSet`. */
  outcome: (ruleSet: RuleSet) => unknown
  before: unknown
  after: unknown
}

/** A key no check reads, by design: the reason says why, and the test proves that changing it changes nothing. */
export interface Unchecked<K extends RuleId> {
  unchecked: string
  to: (value: RuleValues[K]) => RuleValues[K]
}

export interface RuleCoverage<K extends RuleId> {
  /** Each key of the rule's value: the cases that prove a check reads it, or why none does. */
  values: { [P in ValueKey<K>]: readonly Case<K>[] | Unchecked<K> }
}

export interface QuotaRuleCoverage<K extends RuleId> extends RuleCoverage<K> {
  /** What changes when a rule set does not state the rule (`value: null`), as `guide` does for some. */
  notStated: Case<K>
}

export function isUnchecked<K extends RuleId>(
  entry: readonly Case<K>[] | Unchecked<K>,
): entry is Unchecked<K> {
  return 'unchecked' in entry
}

/** A copy of a rule set with one rule's value replaced (`null`: the set does not state it). */
export function withValue<K extends RuleId>(ruleSet: RuleSet, id: K, value: RuleValues[K] | null): RuleSet {
  return { ...ruleSet, rules: { ...ruleSet.rules, [id]: { ...ruleSet.rules[id], value } } }
}

export interface Observed<K extends RuleId> {
  value: RuleValues[K]
  changed: RuleValues[K] | null
  before: unknown
  after: unknown
}

/** A case's outcome under its base rule set and under the copy with the rule's value changed. */
export function observe<K extends RuleId>(id: K, c: Case<K>): Observed<K> {
  const base = c.base ?? currentRuleSet
  const value = base.rules[id].value
  if (value === null) throw new Error(`${id} is not stated in ${base.id}: a case changes a stated value`)
  const changed = c.to(value)
  return { value, changed, before: c.outcome(base), after: c.outcome(withValue(base, id, changed)) }
}

export interface Issue {
  rule: RuleId | undefined
  message: string
  path: string
}

/** What a schema makes of a value: the parsed value, or the rule and message of each issue. */
export type Verdict = { ok: true; value: unknown } | { ok: false; issues: Issue[] }

export function verdict(schema: z.ZodType, input: unknown): Verdict {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      rule: ruleOfIssue(issue),
      message: issue.message,
      path: issue.path.join('.'),
    })),
  }
}

export const accepted = (value: unknown): Verdict => ({ ok: true, value })

export const refused = (rule: RuleId | undefined, message: string, path = ''): Verdict => ({
  ok: false,
  issues: [{ rule, message, path }],
})

/** One case, its rule's type parameter closed over, so cases of different rules share a table. */
export interface Row {
  /** The test's name: 'MOBILE length: 11 → 12'. */
  name: string
  id: RuleId
  /** The key of the value changed, or 'not stated'. */
  key: string
  before: unknown
  after: unknown
  outcome: (ruleSet: RuleSet) => unknown
  observe: () => Observed<RuleId>
}

export function row<K extends RuleId>(id: K, key: ValueKey<K> | 'not stated', c: Case<K>): Row {
  return {
    name: `${id} ${key}: ${c.change}`,
    id,
    key,
    before: c.before,
    after: c.after,
    outcome: c.outcome,
    observe: () => observe(id, c) as Observed<RuleId>,
  }
}
