import { checkQuotas } from '../quota/check-quotas'
import type { QuotaRequest, Usage } from '../quota/types'
import type { RuleId } from '../rules/rule-ids'
import type { RuleSet } from '../rules/rule-set'
import type { SubjectType } from '../subject'

// How much room the limits leave, asked of checkQuotas itself so that no limit is written twice: a request
// too large for any limit is blocked by every limit that applies, and each block says the room it had.

/** The official account's limits on fast registration (the subject's and the admin's are shared by both paths). */
export const reuseRuleIds: readonly RuleId[] = [
  'FAST_REG_ONE_AT_A_TIME',
  'OA_LINK_SAME',
  'OA_LINK_MONTHLY',
  'FAST_REG_MONTHLY',
]

export interface Room {
  /** How many more the rules allow; `null` when none of them applies or the usage is unknown. */
  left: number | null
  /** The rule that leaves the least room. */
  limitedBy: RuleId | null
}

export function roomLeft(
  usage: Usage,
  request: Omit<QuotaRequest, 'count' | 'only'>,
  only: readonly RuleId[],
  ruleSet: RuleSet,
): Room {
  const unbounded = { ...request, count: Number.MAX_SAFE_INTEGER, only }
  let room: Room = { left: null, limitedBy: null }
  for (const finding of checkQuotas(usage, unbounded, ruleSet)) {
    if (finding.severity !== 'block' || finding.remaining === null) continue
    if (room.left === null || finding.remaining < room.left) {
      room = { left: finding.remaining, limitedBy: finding.ruleId }
    }
  }
  return room
}

/** Fast registrations the account can still take with these counts. */
export function reuseRoom(usage: Usage, subjectType: SubjectType, ruleSet: RuleSet): Room {
  return roomLeft(usage, { action: 'fast-register', subjectType }, reuseRuleIds, ruleSet)
}

/** New mini programs one rule allows, whichever path creates them. */
export function newMiniProgramRoom(
  usage: Usage,
  subjectType: SubjectType,
  ruleId: RuleId,
  ruleSet: RuleSet,
): Room {
  return roomLeft(usage, { action: 'standalone', subjectType }, [ruleId], ruleSet)
}

/** rule: SUBJECT_TOTAL — the subject's total, how many it holds (`null`: not told) and the room that leaves. */
export interface SubjectRoom {
  limit: number
  held: number | null
  /** The limit less what is held; the whole limit when the count is unknown (assumed none held). */
  left: number
}

/**
 * The subject's room under SUBJECT_TOTAL, asked of checkQuotas: the limit is the room of a subject that holds
 * none, so an unknown count still bounds a plan by the limit itself. `null` when the rule set states no total.
 */
export function subjectRoom(usage: Usage, subjectType: SubjectType, ruleSet: RuleSet): SubjectRoom | null {
  const roomWith = (held: number) =>
    newMiniProgramRoom({ ...usage, subjectMiniPrograms: held }, subjectType, 'SUBJECT_TOTAL', ruleSet).left
  const limit = roomWith(0)
  if (limit === null) return null
  const held = usage.subjectMiniPrograms ?? null
  return { limit, held, left: held === null ? limit : (roomWith(held) ?? limit) }
}
