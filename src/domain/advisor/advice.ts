import type { LocalDate } from '../dates'
import type { QuotaFinding } from '../quota/types'
import type { RuleId } from '../rules/rule-ids'
import type { RuleSetId } from '../rules/rule-set'
import type { FeeTable } from './money'
import type { NeedItem } from './needs'
import type { PathId } from './path-id'
import type { Plans } from './plans'
import type { AdviceReason } from './reasons'
import type { SubjectRoom } from './room'
import type { PathTimeline } from './timeline'

/** `none`: no path can create any of them (the subject is at its total). */
export type Recommendation = PathId | 'none'

/** A quota finding of checkQuotas, with the path it concerns and, for a monthly limit, when it resets. */
export interface AdviceFinding extends QuotaFinding {
  /** `both`: a limit of the subject or the admin, whichever path creates the mini programs. */
  path: PathId | 'both'
  /** A monthly limit reached: the first day of next month, when it starts again. */
  resetsOn?: LocalDate
}

/** What the official account can still take by fast registration. */
export interface ReuseCapacity {
  /** Same-subject associations left (OA_LINK_SAME limit − sameSubjectLinks, a pending one counted). */
  associationRoom: number | null
  /** Fast registrations that can start this month, once a pending one is completed. */
  thisMonth: number | null
  /** The rule that leaves the least room this month. */
  limitedBy: RuleId | null
  /** The first day of next month, when the monthly limits start again. */
  resetsOn: LocalDate
  /** A fast registration is pending and must be completed before another starts (FAST_REG_ONE_AT_A_TIME). */
  waitsForPending: boolean
}

export interface Advice {
  ruleSetId: RuleSetId
  today: LocalDate
  /** How many mini programs they want (N). */
  wanted: number
  /**
   * How many of those the subject can still hold (SUBJECT_TOTAL); the rest cannot be created on any path. When
   * the count held is unknown, at most the total itself (none assumed held).
   */
  placeable: number
  /** SUBJECT_TOTAL for this subject: the total, the count held (`null`: unknown), the room; `null`: not stated. */
  subject: SubjectRoom | null
  recommended: Recommendation
  /** Why the recommended path (or why none), each resting on a rule. */
  reasons: AdviceReason[]
  /** The other path and why not; `null` when no path is possible. */
  alternative: { path: PathId; whyNot: AdviceReason[] } | null
  /** Findings that stop a path now, from checkQuotas. */
  blockers: AdviceFinding[]
  /** Findings to show: the last room taken (warn), limits unknown or not stated (advice). */
  warnings: AdviceFinding[]
  /** Under the rule set given, for the `placeable` mini programs. */
  fees: FeeTable
  /** Under both rule sets (the given one for its own id), so the UI can show the guide's figure beside. */
  feesUnder: Record<RuleSetId, FeeTable>
  /** The two fee tables differ in some figure. */
  feesDiffer: boolean
  /** What to have ready for the path advised (both, when its plans split them); empty when none is open. */
  needs: NeedItem[]
  timeline: { standalone: PathTimeline; reuse: PathTimeline | null }
  /** `null` when the reuse path cannot be taken at all. */
  reuseCapacity: ReuseCapacity | null
  /** When reuse is advised but more are wanted than the account can take now: the two ways to split. */
  plans: Plans | null
}
