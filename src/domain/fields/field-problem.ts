import type { z } from 'zod'
import type { RuleId } from '../rules/rule-ids'

/** One thing wrong with a value: the rule it breaks and the words that say how to fix it. */
export interface FieldProblem {
  rule: RuleId
  message: string
  /** Relative to the schema's value; for object schemas such as the logo's metadata. */
  path?: (string | number)[]
}

export function problem(rule: RuleId, message: string, path?: (string | number)[]): FieldProblem {
  return path ? { rule, message, path } : { rule, message }
}

/**
 * A zod check reporting what `find` returns. The messages are computed when the value is checked (from the
 * catalog, with the active rule set's numbers). The issues are aborting, so a later check does not pile a
 * second message onto a field that already has one.
 */
export function reportProblems<T>(
  find: (value: T) => FieldProblem | readonly FieldProblem[] | null,
): z.core.CheckFn<T> {
  return (payload) => {
    const found = find(payload.value)
    if (found === null) return
    for (const p of Array.isArray(found) ? found : [found as FieldProblem]) {
      payload.issues.push({
        code: 'custom',
        input: payload.value,
        message: p.message,
        params: { rule: p.rule },
        ...(p.path ? { path: p.path } : {}),
      })
    }
  }
}

/** The rule id an issue reported by a field schema carries, if any. */
export function ruleOfIssue(issue: z.core.$ZodIssue): RuleId | undefined {
  if (issue.code !== 'custom') return undefined
  const rule: unknown = issue.params?.rule
  return typeof rule === 'string' ? (rule as RuleId) : undefined
}
