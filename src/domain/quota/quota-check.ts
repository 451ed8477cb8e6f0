import type { RuleId } from '../rules/rule-ids'
import type { RuleSet } from '../rules/rule-set'
import type { FindingReason, QuotaFinding, QuotaRequest, Usage } from './types'

/** Everything one rule's check reads. `count` is the request's count with its default applied. */
export interface QuotaContext {
  usage: Usage
  request: QuotaRequest
  ruleSet: RuleSet
  count: number
}

/** One rule's check: a finding when the rule has something to say about the request, else `null`. */
export interface QuotaCheck {
  ruleId: RuleId
  run: (context: QuotaContext) => QuotaFinding | null
  /** For a counted limit: how much of it is used, whatever the request (a meter shows it). */
  measure?: (context: QuotaContext) => QuotaMeasure | null
}

/**
 * How much of one counted limit is used. `limit` null: unknown, or not stated in the rule set. `advisory`:
 * the limit never blocks. `reason` tells which half of a by-subject monthly limit it is.
 */
export interface QuotaMeasure {
  ruleId: RuleId
  limit: number | null
  used: number
  advisory: boolean
  reason?: FindingReason
}

/**
 * A check for a counted limit, defined by its measure alone: the rule is read once, and both the finding and
 * the meter come from that reading.
 */
export function countedCheck(
  ruleId: RuleId,
  measure: (context: QuotaContext) => QuotaMeasure | null,
): QuotaCheck {
  return {
    ruleId,
    measure,
    run: (context) => {
      const m = measure(context)
      if (!m) return null
      return m.advisory || m.limit === null
        ? adviceFinding(ruleId, m.limit, m.used, context.count, m.reason)
        : limitFinding(ruleId, m.limit, m.used, context.count, m.reason)
    },
  }
}

function withReason(finding: QuotaFinding, reason: FindingReason | undefined): QuotaFinding {
  return reason === undefined ? finding : { ...finding, reason }
}

/**
 * A countable limit: `block` when the request would pass it, `warn` when it takes the last room, `null` while
 * room is left over afterwards.
 */
export function limitFinding(
  ruleId: RuleId,
  limit: number,
  used: number,
  requested: number,
  reason?: FindingReason,
): QuotaFinding | null {
  const after = used + requested
  if (after < limit) return null
  return withReason(
    {
      ruleId,
      severity: after > limit ? 'block' : 'warn',
      limit,
      used,
      requested,
      remaining: Math.max(0, limit - used),
    },
    reason,
  )
}

/**
 * A limit that never blocks: unknown (`null`) or stated but advisory only. An unknown or unstated limit is
 * always worth saying; a known advisory limit only once the request reaches it.
 */
export function adviceFinding(
  ruleId: RuleId,
  limit: number | null,
  used: number,
  requested: number,
  reason?: FindingReason,
): QuotaFinding | null {
  if (limit !== null && used + requested < limit) return null
  return withReason(
    {
      ruleId,
      severity: 'advice',
      limit,
      used,
      requested,
      remaining: limit === null ? null : Math.max(0, limit - used),
    },
    reason,
  )
}

/** Emails compare trimmed and case-insensitively. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

/**
 * For `associate`: whether the mini program has the account's subject. When the request does not say, a
 * different subject type means a different subject, and the same type is read as the same subject.
 */
export function isSameSubject({ request, usage }: QuotaContext): boolean {
  if (request.sameSubject !== undefined) return request.sameSubject
  const account = usage.officialAccount
  return account === undefined || account.subjectType === request.subjectType
}
