import type { SubjectType } from '../subject'
import type { RuleId } from './rule-ids'

/** Where a rule's value comes from: a Tencent document, an article or copy of one, or the seed guide. */
export type SourceKind = 'official' | 'third-party' | 'guide'
export type Confidence = 'high' | 'medium' | 'low'
export type RuleSetId = 'guide' | 'current'

export interface WorkingDays {
  min: number
  max: number
}

/** Kinds of characters, as the platform's documents name them: 中文, 英文, 数字, 空格 (U+0020 only). */
export type CharacterKind = 'han' | 'latin' | 'digit' | 'space'

/** The characters a free-text field may hold: these kinds, and these single symbols besides. */
export interface AllowedCharacters {
  kinds: readonly CharacterKind[]
  symbols: readonly string[]
}

/**
 * What one certification application costs a subject type (CERT_FEE), as far as the rule set can say: a fixed
 * amount; free; `varies`, a range that holds for the type as a whole (free for some of its subjects, such as
 * government bodies); `unverified`, the range the sources report when none of them is official or they disagree.
 */
export type FeeValue =
  | { kind: 'fixed'; amount: number }
  | { kind: 'free' }
  | { kind: 'varies'; min: number; max: number }
  | { kind: 'unverified'; min: number; max: number }

/**
 * What the platform shows about the new mini program's certification after a fast registration (快速注册):
 * certified; not certified (to be certified on its own); 认证未成功 (failed); or still pending.
 */
export type ReuseCertOutcome = 'certified' | 'not-certified' | 'failed' | 'pending'

/** The value each rule carries. A number the platform may change lives here, never in code. */
export interface RuleValues {
  SUBJECT_TOTAL: { limitBySubject: Record<SubjectType, number> }
  ID_CARD_LIMIT: { limit: number }
  PHONE_LIMIT: { limit: number }
  /** One email, one mini program; never the official account's own email on the reuse path. */
  EMAIL_UNIQUE: { notOfficialAccountEmail: boolean }
  /** A fast-registered mini program is associated automatically and counts here. */
  OA_LINK_SAME: { limit: number }
  OA_LINK_OTHER: { limit: number }
  OA_LINK_MONTHLY:
    | { kind: 'by-subject'; sameSubject: number; otherSubject: number; fastRegistrationCounts: boolean }
    | { kind: 'total'; total: number; fastRegistrationCounts: boolean }
  /** `limit: null` means unknown; `advisoryOnly` rules never block. */
  MP_LINK_OAS: { limit: number | null; advisoryOnly: boolean }
  MP_LINK_MONTHLY: { limit: number | null; advisoryOnly: boolean }
  FAST_REG_MONTHLY: { limit: number; soleProprietorLimit: number }
  FAST_REG_ONE_AT_A_TIME: { enforced: true }
  /** Certifying an uncertified account first costs CERT_FEE. */
  REUSE_OA_CERTIFIED: { accountTypes: readonly ('subscription' | 'service')[] }
  REUSE_OA_TYPES: { subjectTypes: readonly SubjectType[] }
  REUSE_QUALIFICATIONS: { operatorInfoOptional: boolean; certificationRequired: boolean }
  /** Fee per application, not refunded on failure; `standalone` by subject type. */
  CERT_FEE: { feeBySubject: Record<SubjectType, FeeValue>; currency: 'CNY'; refundedOnFailure: false }
  /**
   * `included`: registration and certification in one, free (the guide's promise); `separate`: the new mini
   * program starts uncertified and is certified on its own, paying CERT_FEE. `outcomes`: what the operator may
   * record that the platform shows, `expected` first (what the wizard assumes until told otherwise).
   */
  REUSE_CERT_OUTCOME: {
    certification: 'included' | 'separate'
    outcomes: readonly ReuseCertOutcome[]
    expected: ReuseCertOutcome
  }
  CERT_VALIDITY: { years: number; expiresWithAccountOnReuse: boolean }
  /** What must be done before an organisation's standalone mini program can be named. */
  CERT_BEFORE_NAME: { requires: 'certification' | 'verification' }
  CERT_BEFORE_PUBLISH: { uncertified: 'cannot-publish' | 'publish-not-searchable' }
  CERT_REVIEW_TIME: { workingDays: WorkingDays; maxSendBacks: number }
  TRANSFER_VERIFY: { days: number; subjectTypes: readonly SubjectType[] }
  SUBJECT_LOCKED: { confirmationRequired: true }
  EMAIL_FORMAT: { maxLength: number }
  PASSWORD_POLICY: { minLength: number; maxLength: number }
  CAPTCHA: { required: true }
  ADMIN_NAME: { dotVariants: readonly string[]; dot: string; maxLength: number }
  ID_CARD_NUMBER: { length: number; adultAge: number }
  MOBILE: { length: number }
  SMS_CODE: { length: number; resendSeconds: number }
  CREDIT_CODE: { length: number; legacyLength: number }
  /** `characters: null`: the rule set names no characters, so none is refused for being one. */
  SUBJECT_NAME: { characters: AllowedCharacters | null }
  MP_NAME: {
    minWidth: number
    maxWidth: number
    forbiddenWords: readonly string[]
    changesPerYear: number
    characters: AllowedCharacters | null
  }
  /** `minHanCharacters`: a description in Chinese, of at least this many Chinese characters; `null`: not stated. */
  MP_INTRO: { minLength: number; maxLength: number; editsPerMonth: number; minHanCharacters: number | null }
  MP_LOGO: {
    mimeTypes: readonly string[]
    maxBytes: number
    suggestedSide: number
    changesPerYear: number
  }
  APPID: { prefix: string; hexLength: number }
  APPSECRET: { hexLength: number }
  SERVER_DOMAIN: {
    schemes: readonly ('https' | 'wss')[]
    forbiddenHosts: readonly string[]
    maxPerKind: number
    changesPerMonth: number
  }
  ICP_FILING: { requiredSince: string; precheck: WorkingDays; authority: WorkingDays }
  CODE_REVIEW: { workingDays: WorkingDays }
}

export interface Rule<K extends RuleId = RuleId> {
  id: K
  /** The subject types the rule applies to. */
  appliesTo: readonly SubjectType[]
  sources: readonly SourceKind[]
  confidence: Confidence
  /** `null`: the rule set does not state this rule, so it is not checked under it. */
  value: RuleValues[K] | null
}

export type RuleMap = { [K in RuleId]: Rule<K> }

export interface RuleSet {
  id: RuleSetId
  rules: RuleMap
}

/** The value of a rule in a rule set, or `null` when the set does not state it. */
export function ruleValue<K extends RuleId>(ruleSet: RuleSet, id: K): RuleValues[K] | null {
  return ruleSet.rules[id].value
}

/** The value of a rule every rule set states (field rules, for instance); a bug if it is missing. */
export function requireRuleValue<K extends RuleId>(ruleSet: RuleSet, id: K): RuleValues[K] {
  const value = ruleSet.rules[id].value
  if (value === null) throw new Error(`Rule ${id} is not stated in rule set ${ruleSet.id}`)
  return value
}

export function appliesTo(ruleSet: RuleSet, id: RuleId, subjectType: SubjectType): boolean {
  return ruleSet.rules[id].appliesTo.includes(subjectType)
}
