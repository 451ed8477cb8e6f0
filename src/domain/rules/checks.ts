import type { RuleId } from './rule-ids'
import type { DraftRuleSet, Rule, RuleCheck, RuleMap, RuleSet, RuleSetId } from './rule-set'
import * as ref from './references'

// When each rule was last verified against its sources, and what those sources are: one record per rule and rule
// set, kept apart from the rule literals and applied when the rule sets are composed (current.ts, guide.ts).
// A rule with no record does not compile. The notes say what could not be verified; they are not shown to users.

const today = '2026-12-01'
const lastReview = '2026-11-30'

/** Rules whose record is the same under both rule sets (their value is shared too). */
const sharedChecks = {
  SUBJECT_TOTAL: {
    checkedOn: today,
    references: [ref.guide, ref.fastRegistrationErrors],
    note: 'Guide FAQ: 50 / 5. The API confirms a cap (61053) but states no number; the third-party source once claimed was not named and was not found again.',
  },
  ID_CARD_LIMIT: { checkedOn: today, references: [ref.guide] },
  PHONE_LIMIT: { checkedOn: today, references: [ref.guide] },
  EMAIL_UNIQUE: { checkedOn: today, references: [ref.guide] },
  OA_LINK_SAME: {
    checkedOn: today,
    references: [ref.guide],
    note: 'Guide: 10 of the same subject. The official page quoted by a third party was not found again. Applies to every subject type, as OA_LINK_OTHER: an individual’s account links mini programs too.',
  },
  OA_LINK_OTHER: { checkedOn: today, references: [ref.guide] },
  REUSE_OA_CERTIFIED: {
    checkedOn: today,
    references: [ref.guide, ref.fastRegistrationErrors],
    note: 'Guide: 认证的订阅号和认证的服务号都可用; API error 61052 公众号未认证.',
  },
  REUSE_OA_TYPES: {
    checkedOn: today,
    references: [ref.fastRegistrationErrors, ref.fastRegistrationProduct],
  },
  SUBJECT_LOCKED: {
    checkedOn: today,
    references: [ref.guide],
    note: 'The third-party source once claimed was not named and was not found again; the guide shows the subject confirmation only.',
  },
  EMAIL_FORMAT: {
    checkedOn: today,
    references: [ref.guide],
    note: 'The maximum of 254 is the SMTP limit (RFC 5321), not a platform rule.',
  },
  PASSWORD_POLICY: {
    checkedOn: today,
    references: [ref.guide],
    note: 'Guide: 字母、数字或者英文符号，最短8位，区分大小写. No source states a maximum: none is checked (the 32 once here had no source).',
  },
  CAPTCHA: { checkedOn: today, references: [ref.guide] },
  ADMIN_NAME: {
    checkedOn: today,
    references: [ref.guide],
    note: 'Guide: 如果名字含分隔号“.”，请勿省略. No source states a maximum of 30.',
  },
  ID_CARD_NUMBER: {
    checkedOn: today,
    references: [ref.guide],
    note: 'The format is the national standard GB 11643-1999, not a Tencent document; the official source once claimed was not named.',
  },
  MOBILE: { checkedOn: today, references: [ref.guide] },
  SMS_CODE: {
    checkedOn: today,
    references: [ref.guide],
    unverified: true,
    note: 'Guide: 6位验证码. It shows a running countdown (42秒后可重发), not its length: no source states 60 seconds.',
  },
  CREDIT_CODE: {
    checkedOn: today,
    references: [ref.fastRegisterEnterprise, ref.fastRegistrationApiChange2026],
    note: 'Code types 18 and 15 characters; since 2026-04-30 the new API versions take only the 18-character code.',
  },
  MP_LOGO: {
    checkedOn: today,
    references: [ref.setHeadImage],
    note: 'Formats, 2 MB and 5 changes a year from setHeadImage. The suggested 144 px side was not found.',
  },
  APPID: {
    checkedOn: today,
    references: [ref.registerByOfficialAccount],
    note: 'No page defines the format; the API examples use wx + 16 lowercase hex (wxe5f52902cf4de896).',
  },
  APPSECRET: {
    checkedOn: today,
    references: [ref.guide],
    note: 'The guide names AppSecret; no page found states 32 hex characters.',
  },
  SERVER_DOMAIN: {
    checkedOn: today,
    references: [ref.modifyServerDomain, ref.networkGuide],
    note: '200 per kind (UDP and TCP kinds too), 50 changes a month, ports, ICP filing, no IP, not api.weixin.qq.com: modifyServerDomain. wss needs no port, parent domains are refused: the network guide. How a udp or tcp entry is written: no source found.',
  },
  ICP_FILING: {
    checkedOn: today,
    references: [ref.applyIcpFiling, ref.filingNoticeCopy],
    note: 'Since 2023-09-01 from copies of the WeChat notice; 1–2 and 1–20 working days from a third-party copy only.',
  },
  CODE_REVIEW: {
    checkedOn: today,
    references: [ref.guide],
    note: 'The guide names review before release; the 7 working days were not found again in an official page.',
  },
} satisfies Partial<Record<RuleId, RuleCheck>>

const currentChecks: Record<RuleId, RuleCheck> = {
  ...sharedChecks,
  ID_CARD_NUMBER: {
    checkedOn: today,
    references: [ref.guide, ref.permanentResidenceIdRules],
    note: 'Citizens: GB 11643-1999. The 2023 foreigners’ permanent residence card (18 characters, first 9): accepted for an organisation’s admin so that it agrees with ADMIN_NAME’s Latin names; no Tencent page says whether the platform takes it.',
  },
  ADMIN_NAME: {
    checkedOn: today,
    references: [ref.guide, ref.permanentResidenceIdRules],
    note: 'Guide: 如果名字含分隔号“.”，请勿省略. Latin names for the foreigners’ card: unverified. No source states a maximum of 30.',
  },
  OA_LINK_MONTHLY: { checkedOn: today, references: [ref.fastRegistrationProduct] },
  MP_LINK_OAS: { checkedOn: today, references: [ref.miniProgramLinksAnswer] },
  MP_LINK_MONTHLY: {
    checkedOn: today,
    references: [ref.guide],
    unverified: true,
    note: 'No source after the guide (50 a month) states a monthly limit for a mini program.',
  },
  FAST_REG_MONTHLY: {
    checkedOn: today,
    references: [ref.fastRegistrationProduct, ref.fastRegistrationErrors],
    note: '5 a month and error 61055 verified; the sole proprietor’s 1 a month was not found again.',
  },
  FAST_REG_ONE_AT_A_TIME: { checkedOn: today, references: [ref.fastRegistrationErrors] },
  CERT_FEE: {
    checkedOn: today,
    references: [
      ref.certificationByProvider,
      ref.certificationFaqCopy,
      ref.registrationWalkthrough,
      ref.individualFeeArticle,
    ],
    note: 'No official page states the amounts (the official provider page only says a fee is paid). 300 and free for government and some organisations from a copy of the FAQ; the individual’s 30 against 300 from two third parties: unverified 30–300; the sole proprietor’s 30 likewise.',
  },
  REUSE_CERT_OUTCOME: {
    checkedOn: today,
    references: [ref.registerByOfficialAccount, ref.separateCertificationAnswer, ref.wxJavaCertification],
    note: 'Since 2023-12-25 new accounts start uncertified (the API doc); 小程序需要独立认证 (community answer, the answerer’s role not shown). The platform’s own 快速注册并认证小程序 page could not be seen.',
  },
  CERT_BEFORE_NAME: {
    checkedOn: today,
    references: [ref.guide],
    unverified: true,
    note: 'No source found says a verified but uncertified organisation can name its mini program; the guide says after certification.',
  },
  CERT_BEFORE_PUBLISH: { checkedOn: today, references: [ref.fastRegisterPersonal] },
  CERT_REVIEW_TIME: {
    checkedOn: today,
    references: [ref.certificationByProvider],
    unverified: true,
    note: 'The official page says an application can be sent back; no source found states 1–15 working days or 3 send-backs.',
  },
  TRANSFER_VERIFY: {
    checkedOn: today,
    references: [ref.quickCreateArticle],
    unverified: true,
    note: 'Small-transfer verification exists; no source found states the 10 days.',
  },
  SUBJECT_NAME: { checkedOn: lastReview, references: [ref.fastRegisterEnterprise] },
  MP_NAME: { checkedOn: lastReview, references: [ref.submitBasicInfo, ref.namingFaq] },
  MP_INTRO: {
    checkedOn: today,
    references: [ref.setSignature],
    note: '4–120 characters, a valid UTF-8 string, 4 Chinese characters at least: setSignature. Its 53200 states no number for the monthly edits (5 is from the guide’s time).',
  },
  REUSE_QUALIFICATIONS: {
    checkedOn: today,
    references: [ref.fastRegistrationErrors, ref.guide],
    note: 'API error 61056: 政府、媒体、其他组织必须复选微信认证; an enterprise or sole proprietor may leave it unticked. Read from an API, for the back office form.',
  },
  CERT_VALIDITY: {
    checkedOn: today,
    references: [ref.annualReviewStaffAnswer, ref.annualReviewNoticeCopy, ref.registrationWalkthrough],
    note: 'Official staff: annual review has a start and an end, missing it expires the certification. The 3 months before expiry and what lapses after 30 and 60 days: a third-party copy of the notice only.',
  },
  OA_MENU_PATH: {
    checkedOn: today,
    references: [ref.subscriptionGuide, ref.serviceGuide, ref.backOfficeMenuNotes, ref.guide],
    note: 'The split of 公众号（原订阅号） and 服务号 is official; the 广告与服务 → 小程序管理 path is third-party only; 添加 → 快速注册并认证小程序 is the guide’s.',
  },
  ICP_SMS_VERIFY: { checkedOn: today, references: [ref.smsVerificationFaq] },
  PRIVACY_GUIDE: { checkedOn: today, references: [ref.privacySetting] },
  REVIEW_ONE_AT_A_TIME: { checkedOn: today, references: [ref.reviewInProgressAnswer] },
  EXPEDITED_REVIEW: {
    checkedOn: today,
    references: [ref.speedupCodeAudit, ref.expeditedReviewNotes],
    note: '2–12 hours: speedupCodeAudit. 3 a year: a third party only; 1 for individuals: no source found.',
  },
  CATEGORY_FILING: {
    checkedOn: today,
    references: [ref.categoryFilingNotice],
    note: 'The announcement’s category list is an image; the four categories are named in its text.',
  },
}

const guideChecks: Record<RuleId, RuleCheck> = {
  ...sharedChecks,
  OA_LINK_MONTHLY: { checkedOn: today, references: [ref.guide] },
  MP_LINK_OAS: { checkedOn: today, references: [ref.guide] },
  MP_LINK_MONTHLY: { checkedOn: today, references: [ref.guide] },
  FAST_REG_MONTHLY: { checkedOn: today, references: [ref.guide], note: 'The guide does not state it.' },
  FAST_REG_ONE_AT_A_TIME: { checkedOn: today, references: [ref.guide], note: 'The guide does not state it.' },
  CERT_FEE: { checkedOn: today, references: [ref.guide] },
  REUSE_CERT_OUTCOME: { checkedOn: today, references: [ref.guide] },
  CERT_BEFORE_NAME: { checkedOn: today, references: [ref.guide] },
  CERT_BEFORE_PUBLISH: { checkedOn: today, references: [ref.guide] },
  CERT_REVIEW_TIME: { checkedOn: today, references: [ref.guide], note: 'The guide does not state it.' },
  TRANSFER_VERIFY: { checkedOn: today, references: [ref.guide], note: 'The guide does not state it.' },
  SUBJECT_NAME: { checkedOn: today, references: [ref.guide] },
  MP_NAME: { checkedOn: lastReview, references: [ref.namingFaq] },
  MP_INTRO: { checkedOn: lastReview, references: [ref.setSignature] },
  REUSE_QUALIFICATIONS: {
    checkedOn: today,
    references: [ref.guide],
    note: 'Guide: 微信认证资质是必须勾选.',
  },
  CERT_VALIDITY: {
    checkedOn: today,
    references: [ref.guide],
    note: 'Guide: 小程序认证到期时间与公众号一致; it says nothing of annual review.',
  },
  OA_MENU_PATH: { checkedOn: today, references: [ref.guide] },
  ICP_SMS_VERIFY: { checkedOn: today, references: [ref.guide], note: 'The guide does not state it.' },
  PRIVACY_GUIDE: { checkedOn: today, references: [ref.guide], note: 'The guide does not state it.' },
  REVIEW_ONE_AT_A_TIME: { checkedOn: today, references: [ref.guide], note: 'The guide does not state it.' },
  EXPEDITED_REVIEW: { checkedOn: today, references: [ref.guide], note: 'The guide does not state it.' },
  CATEGORY_FILING: { checkedOn: today, references: [ref.guide], note: 'The guide does not state it.' },
}

export const ruleChecks: Readonly<Record<RuleSetId, Readonly<Record<RuleId, RuleCheck>>>> = {
  current: currentChecks,
  guide: guideChecks,
}

function applyCheck<K extends RuleId>(rule: DraftRuleSet['rules'][K], check: RuleCheck): Rule<K> {
  const { unverified, ...record } = check
  return { ...rule, ...record, confidence: unverified ? 'unverified' : rule.confidence } as Rule<K>
}

/** The rule set every screen reads: each rule with its last check; an unverified check makes it `unverified`. */
export function applyChecks(draft: DraftRuleSet, checks: Readonly<Record<RuleId, RuleCheck>>): RuleSet {
  const rules = Object.fromEntries(
    Object.entries(draft.rules).map(([id, rule]) => [id, applyCheck(rule, checks[id as RuleId])]),
  ) as RuleMap
  return { id: draft.id, rules }
}
