import type { LocalDate } from '../dates'
import type { CertificationFee } from '../rules/fees'
import type { RuleId } from '../rules/rule-ids'
import type { MoneyRange } from './types'

/** Why a path is or is not advised. The UI renders each code from its catalog, with the data below. */
export type ReasonCode =
  // the subject
  | 'subject-total-reached' // SUBJECT_TOTAL: no room for any new mini program (limit, used)
  | 'subject-room-short' // SUBJECT_TOTAL: room for only `count` of those wanted (limit, used, count)
  | 'wanted-over-total' // SUBJECT_TOTAL: more wanted than the subject may ever hold; `count` left (limit, used)
  | 'wanted-over-total-assumed' // SUBJECT_TOTAL: likewise, the count held unknown: `count` = limit, none assumed held
  // eligibility for reuse
  | 'subject-type-cannot-reuse' // REUSE_OA_TYPES: only an organisation's account can be reused
  | 'personal-account-cannot-certify' // REUSE_OA_CERTIFIED: a personal subscription account cannot be certified
  | 'no-official-account' // REUSE_OA_CERTIFIED: reuse needs a certified official account
  | 'account-other-subject' // REUSE_QUALIFICATIONS: fast registration creates the account's own subject
  | 'account-type-cannot-reuse' // REUSE_OA_CERTIFIED: the account type is not one that qualifies
  | 'certify-account-first' // REUSE_OA_CERTIFIED: certifying the account costs `amount` first
  | 'association-room-used-up' // OA_LINK_SAME: the account can associate no more (limit, used)
  | 'only-path' // the rule that bars reuse (see the other path's reasons): standalone is the one way left
  // money
  | 'standalone-fee' // CERT_FEE: `amount` for each mini program
  // A comparison of prices rests on CERT_FEE (what each certification costs); REUSE_CERT_OUTCOME is cited only by
  // the reason about the outcome itself. Each comparison is given once, for the path advised.
  | 'reuse-cheaper' // CERT_FEE, costs: reuse (or the cheapest plan) against all standalone
  | 'standalone-cheaper' // CERT_FEE, costs: likewise
  | 'costs-equal' // CERT_FEE, costs: likewise; the standalone path is advised on a tie (no account quota used)
  | 'reuse-certified-separately' // REUSE_CERT_OUTCOME (`current`): each new mini program is certified on its own, `amount` each
  // room on the account
  | 'split-needed' // the account takes `count` by reuse (over the months of the cheapest plan), the rest standalone
  | 'no-room-this-month' // a monthly limit is used up: reuse starts again on `date`
  | 'finish-pending-first' // FAST_REG_ONE_AT_A_TIME: complete (or let lapse) the pending fast registration

export interface AdviceReason {
  code: ReasonCode
  /** The rule the reason rests on: the UI links it to the rule book and shows its source. */
  ruleId: RuleId
  count?: number
  limit?: number | null
  used?: number
  /** CNY: a certification fee, a range or a caution where the rule set cannot say one amount (CERT_FEE). */
  amount?: CertificationFee
  date?: LocalDate
  /** Totals for the wanted mini programs: reuse (or its cheapest plan) against all standalone. */
  costs?: { reuse: MoneyRange; standalone: MoneyRange }
}
