import type { LocalDate } from '../dates'
import type { SubjectType } from '../subject'
import type { RuleId } from './rule-ids'

/** Where a rule's value comes from: a Tencent document, an article or copy of one, or the seed guide. */
export type SourceKind = 'official' | 'third-party' | 'guide'
/** `unverified`: no source was found for the value; show a caution with what source there is, never a plain number. */
export type Confidence = 'high' | 'medium' | 'low' | 'unverified'

/** One source of a rule: its kind, its title as published, and its address where it has one (not the guide). */
export interface Reference {
  kind: SourceKind
  title: string
  url?: string
}

/** The last verification of a rule against its sources (see checks.ts), applied when the rule sets are composed. */
export interface RuleCheck {
  /** When the value was last verified against `references`. */
  checkedOn: LocalDate
  references: readonly [Reference, ...Reference[]]
  /** What could not be verified, for the next person who checks. Not shown to users. */
  note?: string
  /** No source states the value: the composed rule's confidence becomes `unverified`. */
  unverified?: true
}
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

/** The platform's lists of server domains (request合法域名, socket合法域名 …). */
export type ServerDomainKind = 'request' | 'socket' | 'uploadFile' | 'downloadFile' | 'udp' | 'tcp'

/**
 * A scheme a server domain is written with, and the lists that take it. `port`: `exact` — a configured port is
 * the only one requests may use; `any` — every port of the domain is allowed, so a typed port is dropped;
 * `as-typed` — no document says, the port is kept as typed. `documented: false` — no official document says how
 * an entry of these lists is written: the app accepts the form and says it could not verify it.
 */
export interface ServerDomainScheme {
  scheme: 'https' | 'wss' | 'udp' | 'tcp'
  kinds: readonly ServerDomainKind[]
  port: 'exact' | 'any' | 'as-typed'
  documented: boolean
}

/** A menu item of the official account's back office (公众号后台); its label is in the catalog. */
export type OaMenuItem =
  | 'mini-program' // 小程序
  | 'open' // 开通
  | 'ads-and-services' // 广告与服务
  | 'mini-program-management' // 小程序管理
  | 'add' // 添加
  | 'fast-register' // 快速注册并认证小程序

/** What a mini program loses when its certification lapses: 发布新版本, 被搜索, 被分享, 新用户访问, 支付. */
export type CertCapability = 'new-versions' | 'search' | 'sharing' | 'new-users' | 'payments'

/** `daysAfterExpiry` days after certification expired without annual review, these are lost. */
export interface CertLapse {
  daysAfterExpiry: number
  loses: readonly CertCapability[]
}

/** Service categories that need 报备: 社交, 文娱-视频, 文娱-FM/电台, 时政信息. */
export type FilingCategory = 'social' | 'video' | 'radio' | 'current-affairs'

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
  /** `certificationRequiredFor`: the subject types whose fast registration must tick 微信认证资质. */
  REUSE_QUALIFICATIONS: { operatorInfoOptional: boolean; certificationRequiredFor: readonly SubjectType[] }
  /**
   * Where things are in the official account's back office, as menu items clicked in turn (labels in the
   * catalog). `serviceAccountSeparate`: 服务号 is its own product, no longer a kind of 公众号.
   */
  OA_MENU_PATH: {
    management: readonly OaMenuItem[]
    openMiniProgram: readonly OaMenuItem[]
    fastRegister: readonly OaMenuItem[]
    serviceAccountSeparate: boolean
  }
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
    /** The day new fast-registered mini programs started uncertified ('YYYY-MM-DD'); `null` where not stated. */
    uncertifiedSince: string | null
  }
  /** `annualReview`: when 年审 opens before expiry and what lapses after it; `null`: not stated. */
  CERT_VALIDITY: {
    years: number
    expiresWithAccountOnReuse: boolean
    annualReview: { opensMonthsBefore: number; lapses: readonly CertLapse[] } | null
  }
  /** What must be done before an organisation's standalone mini program can be named. */
  CERT_BEFORE_NAME: { requires: 'certification' | 'verification' }
  CERT_BEFORE_PUBLISH: { uncertified: 'cannot-publish' | 'publish-not-searchable' }
  CERT_REVIEW_TIME: { workingDays: WorkingDays; maxSendBacks: number }
  TRANSFER_VERIFY: { days: number; subjectTypes: readonly SubjectType[] }
  SUBJECT_LOCKED: { confirmationRequired: true }
  EMAIL_FORMAT: { maxLength: number }
  /** `maxLength: null`: no maximum is stated, so none is checked. */
  PASSWORD_POLICY: { minLength: number; maxLength: number | null }
  CAPTCHA: { required: true }
  ADMIN_NAME: { dotVariants: readonly string[]; dot: string; maxLength: number }
  /**
   * `foreignPermanentResidence`: the 18-digit foreigner's permanent residence ID card (2023 version) is accepted
   * for an admin when its number starts with `prefix`, for these subject types; `null`: not accepted.
   */
  ID_CARD_NUMBER: {
    length: number
    adultAge: number
    foreignPermanentResidence: { prefix: string; subjectTypes: readonly SubjectType[] } | null
  }
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
    schemes: readonly ServerDomainScheme[]
    /** Hosts the platform refuses by name (api.weixin.qq.com), each with the reason its message gives. */
    forbiddenHosts: readonly string[]
    /** Hosts that name this machine (localhost): refused, as an IP address is. */
    localHosts: readonly string[]
    /** 不支持配置父域名: a wildcard or a bare leading dot is refused; each subdomain is listed on its own. */
    parentDomainsRefused: boolean
    maxPerKind: number
    changesPerMonth: number
  }
  ICP_FILING: { requiredSince: string; precheck: WorkingDays; authority: WorkingDays }
  CODE_REVIEW: { workingDays: WorkingDays }
  /** The MIIT verification SMS of the ICP filing must be answered within `hours`, or the filing goes back. */
  ICP_SMS_VERIFY: { hours: number }
  /** 用户隐私保护指引: completed before submitting code that handles personal information. */
  PRIVACY_GUIDE: { requiredBeforeReview: true }
  /** One version in review at a time: another is submitted only once it is decided or withdrawn. */
  REVIEW_ONE_AT_A_TIME: { enforced: true }
  /** 加急审核: how many a year, and how soon an expedited review is decided. */
  EXPEDITED_REVIEW: { perYear: number; hours: { min: number; max: number } }
  /** 报备: categories whose first review goes on to the local cyberspace office, for `calendarDays` more. */
  CATEGORY_FILING: { categories: readonly FilingCategory[]; calendarDays: number }
}

/** A rule as a rule set writes it (current.ts, guide.ts, shared-rules.ts), before its check is applied. */
export interface DraftRule<K extends RuleId = RuleId> {
  id: K
  /** The subject types the rule applies to. */
  appliesTo: readonly SubjectType[]
  sources: readonly SourceKind[]
  confidence: Confidence
  /** `null`: the rule set does not state this rule, so it is not checked under it. */
  value: RuleValues[K] | null
}

/** A rule as every screen reads it: its value, and when and against what it was last verified. */
export interface Rule<K extends RuleId = RuleId> extends DraftRule<K> {
  checkedOn: LocalDate
  references: RuleCheck['references']
  note?: string
}

export type RuleMap = { [K in RuleId]: Rule<K> }

export interface RuleSet {
  id: RuleSetId
  rules: RuleMap
}

export interface DraftRuleSet {
  id: RuleSetId
  rules: { [K in RuleId]: DraftRule<K> }
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
