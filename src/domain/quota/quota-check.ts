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
