// TEST SUPPORT ONLY: helpers for the field tests; never imported by production code.
import type { z } from 'zod'
import { ruleOfIssue } from './field-problem'
import type { RuleId } from '../rules/rule-ids'
import type { RuleSet, RuleValues } from '../rules/rule-set'

/** The messages a schema reports for a value, in order; empty when it passes. */
export function messagesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

/** The rule ids a schema's issues carry for a value. */
export function rulesOf(schema: z.ZodType, value: unknown): (RuleId | undefined)[] {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues.map(ruleOfIssue)
}

/** The parsed value, or a thrown error naming the messages (for normalisation tables). */
export function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join('; '))
  return result.data
}

// Fragments of zod's English default messages: none may reach a user.
const genericEnglish = /invalid|expected|received|too (small|big)|must|required|string|number/i

/** A message a user may see: Chinese, and none of zod's generic English. */
export function isUserMessage(message: string): boolean {
  return /\p{Script=Han}/u.test(message) && !genericEnglish.test(message)
}

/** A copy of a rule set with one rule's value replaced: proves a schema reads its numbers from the set. */
export function withRuleValue<K extends RuleId>(ruleSet: RuleSet, id: K, value: RuleValues[K]): RuleSet {
  return { ...ruleSet, rules: { ...ruleSet.rules, [id]: { ...ruleSet.rules[id], value } } }
}
