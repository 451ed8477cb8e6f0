import type { RuleId } from '../rules/rule-ids'
import type { SubjectType } from '../subject'

export type Severity = 'block' | 'warn' | 'advice'

/**
 * What a finding is about, where the rule id alone does not say it: which email check failed, which half of a
 * by-subject monthly limit, why the limit is `null` (not stated in the rule set, or unknown).
 */
export type FindingReason =
  | 'email-in-use' // EMAIL_UNIQUE: already registered (or the official account's own email on a standalone path)
  | 'official-account-email' // EMAIL_UNIQUE: the reuse path may never use the account's own email
  | 'one-email-per-mini-program' // EMAIL_UNIQUE: one email was given for several mini programs
  | 'pending' // FAST_REG_ONE_AT_A_TIME: a fast registration waits to be completed
  | 'same-subject' // OA_LINK_MONTHLY by subject: the same-subject half
  | 'other-subject' // OA_LINK_MONTHLY by subject: the other-subject half
  | 'not-stated' // the rule set does not state the rule (指南未提及): advice only
  | 'unknown-limit' // the limit is not known (advisory rules): advice only

/** What an official account (公众号) already has: typed by a user, or counted from the ledger. */
export interface OfficialAccountUsage {
  subjectType: SubjectType
  /** Mini programs of the same subject associated now (fast-registered ones included). OA_LINK_SAME */
  sameSubjectLinks: number
  /** Mini programs of another subject associated now. OA_LINK_OTHER */
  otherSubjectLinks: number
  /** Associations added this calendar month (Asia/Shanghai) other than by fast registration. OA_LINK_MONTHLY */
  monthNewLinks: { sameSubject: number; otherSubject: number }
  /** Successful fast registrations this calendar month. FAST_REG_MONTHLY */
  monthFastRegistrations: number
  /** A fast registration waits to be completed (待完成注册). FAST_REG_ONE_AT_A_TIME */
  fastRegistrationPending: boolean
  /** The account's own login email, which the reuse path may never use again. EMAIL_UNIQUE */
  email?: string
}

/** Plain counts of what is already in use; the advisor and the ledger fill the same shape. */
export interface Usage {
  /** Mini programs the subject holds. SUBJECT_TOTAL */
  subjectMiniPrograms?: number
  officialAccount?: OfficialAccountUsage
  /** Mini programs the admin's ID card number is bound to. ID_CARD_LIMIT */
  idCardMiniPrograms?: number
  /** Mini programs the admin's mobile number has registered. PHONE_LIMIT */
  phoneMiniPrograms?: number
  /** Emails already registered (lower case). EMAIL_UNIQUE */
  emailsInUse?: readonly string[]
  /** For associating an existing mini program: its accounts now and its associations this month. */
  miniProgram?: { linkedAccounts: number; monthLinks: number }
}

/** What the user is about to do. */
export interface QuotaRequest {
  /** standalone: 单独注册; fast-register: 复用公众号资质快速注册; associate: link an existing mini program. */
  action: 'standalone' | 'fast-register' | 'associate'
  /**
   * Absent while not asked yet (the standalone path asks for the email first): then only rules that apply
   * to every subject type, and need no subject type to measure, are checked.
   */
  subjectType?: SubjectType
  /** How many new mini programs (or associations); 1 when absent. */
  count?: number
  /** For `associate`: the mini program has the account's subject. */
  sameSubject?: boolean
  /** The login email about to be used. */
  email?: string
  /** Check only these rules (a step's guards); every applicable rule when absent. */
  only?: readonly RuleId[]
}

export interface QuotaFinding {
  ruleId: RuleId
  severity: Severity
  /** `null` when the limit is unknown (advisory rules) or not stated in the rule set. */
  limit: number | null
  used: number
  requested: number
  /** Room left before this request; `null` when the limit is unknown. */
  remaining: number | null
  /** Optional detail for the message shown; absent when the rule id says it all. */
  reason?: FindingReason
}
