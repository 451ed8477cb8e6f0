import { appliesTo, type RuleSet } from '../rules/rule-set'
import type { RuleId } from '../rules/rule-ids'
import { subjectTypes } from '../subject'
import { mpLinkMonthly, mpLinkOas } from './mini-program-checks'
import {
  fastRegMonthly,
  fastRegOneAtATime,
  oaLinkMonthly,
  oaLinkOther,
  oaLinkSame,
} from './official-account-checks'
import type { QuotaCheck, QuotaMeasure } from './quota-check'
import { emailUnique, idCardLimit, phoneLimit, subjectTotal } from './subject-checks'
import type { QuotaFinding, QuotaRequest, Severity, Usage } from './types'

const newMiniProgram: readonly QuotaCheck[] = [subjectTotal, idCardLimit, phoneLimit, emailUnique]

/** The rules each action can break, in the order their findings are reported within a severity. */
const checksByAction: Record<QuotaRequest['action'], readonly QuotaCheck[]> = {
  standalone: newMiniProgram,
  'fast-register': [...newMiniProgram, fastRegOneAtATime, oaLinkSame, oaLinkMonthly, fastRegMonthly],
  associate: [oaLinkSame, oaLinkOther, oaLinkMonthly, mpLinkOas, mpLinkMonthly],
}

const severityOrder: Record<Severity, number> = { block: 0, warn: 1, advice: 2 }

function appliesToEvery(ruleSet: RuleSet, id: RuleId): boolean {
  return subjectTypes.every((type) => appliesTo(ruleSet, id, type))
}

/** The checks a request runs: its action's, narrowed to `only`, that apply to its subject type. */
function checksFor(request: QuotaRequest, ruleSet: RuleSet): QuotaCheck[] {
  const type = request.subjectType
  return checksByAction[request.action].filter(
    (check) =>
      (!request.only || request.only.includes(check.ruleId)) &&
      (type === undefined ? appliesToEvery(ruleSet, check.ruleId) : appliesTo(ruleSet, check.ruleId, type)),
  )
}

/**
 * The quota findings for a request, given what is already in use: `block` when the request would pass a
 * limit, `warn` when it takes the last room, `advice` for limits that never block (unknown, or not stated in
 * the rule set). Only rules that apply to the request's subject type and action are checked, and only where
 * the usage is known: an absent count is not a zero. Blocks come first. A request for nothing (count ≤ 0)
 * has no findings.
 */
export function checkQuotas(usage: Usage, request: QuotaRequest, ruleSet: RuleSet): QuotaFinding[] {
  const count = request.count ?? 1
  if (!(count > 0)) return []
  const context = { usage, request, ruleSet, count }
  const findings = checksFor(request, ruleSet).flatMap((check) => check.run(context) ?? [])
  return findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
}

/**
 * How much of each counted limit the request would draw on is used already, room or not: what a meter shows.
 * The same checks and readings as `checkQuotas`, so a meter and a finding never disagree.
 */
export function measureQuotas(usage: Usage, request: QuotaRequest, ruleSet: RuleSet): QuotaMeasure[] {
  const context = { usage, request, ruleSet, count: request.count ?? 1 }
  return checksFor(request, ruleSet).flatMap((check) => check.measure?.(context) ?? [])
}

/** True when no finding stops the step. */
export function isAllowed(findings: readonly QuotaFinding[]): boolean {
  return findings.every((finding) => finding.severity !== 'block')
}
