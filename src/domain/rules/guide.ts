import { organisationTypes, subjectTypes } from '../subject'
import { applyChecks, ruleChecks } from './checks'
import type { RuleId } from './rule-ids'
import type { DraftRule, DraftRuleSet, RuleSet } from './rule-set'
import { httpsServerDomain, serverDomainLimits, sharedRules } from './shared-rules'

function notStated<K extends RuleId>(id: K): DraftRule<K> {
  return { id, appliesTo: subjectTypes, sources: ['guide'], confidence: 'high', value: null }
}

/** Exactly what the seed guide says. A rule the guide does not state has `value: null` and is not checked. */
const guideDraft: DraftRuleSet = {
  id: 'guide',
  rules: {
    ...sharedRules,
    OA_LINK_MONTHLY: {
      id: 'OA_LINK_MONTHLY',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'medium',
      value: { kind: 'by-subject', sameSubject: 10, otherSubject: 3, fastRegistrationCounts: true },
    },
    MP_LINK_OAS: {
      id: 'MP_LINK_OAS',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'low',
      value: { limit: 50, advisoryOnly: false },
    },
    MP_LINK_MONTHLY: {
      id: 'MP_LINK_MONTHLY',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'low',
      value: { limit: 50, advisoryOnly: false },
    },
    FAST_REG_MONTHLY: {
      id: 'FAST_REG_MONTHLY',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'high',
      value: null,
    },
    FAST_REG_ONE_AT_A_TIME: {
      id: 'FAST_REG_ONE_AT_A_TIME',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'high',
      value: null,
    },
    CERT_FEE: {
      id: 'CERT_FEE',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'medium',
      value: {
        feeBySubject: {
          enterprise: { kind: 'fixed', amount: 300 },
          sole_proprietor: { kind: 'fixed', amount: 300 },
          government: { kind: 'fixed', amount: 300 },
          media: { kind: 'fixed', amount: 300 },
          other_org: { kind: 'fixed', amount: 300 },
          individual: { kind: 'fixed', amount: 300 },
        },
        currency: 'CNY',
        refundedOnFailure: false,
      },
    },
    // The guide's promise: "注册和认证一步完成", free; its own screenshots show 小程序已完成注册，认证未成功.
    REUSE_CERT_OUTCOME: {
      id: 'REUSE_CERT_OUTCOME',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'low',
      value: {
        certification: 'included',
        outcomes: ['certified', 'failed', 'pending'],
        expected: 'certified',
        uncertifiedSince: null,
      },
    },
    CERT_BEFORE_NAME: {
      id: 'CERT_BEFORE_NAME',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'medium',
      value: { requires: 'certification' },
    },
    CERT_BEFORE_PUBLISH: {
      id: 'CERT_BEFORE_PUBLISH',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'medium',
      value: { uncertified: 'cannot-publish' },
    },
    CERT_REVIEW_TIME: {
      id: 'CERT_REVIEW_TIME',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'low',
      value: null,
    },
    TRANSFER_VERIFY: {
      id: 'TRANSFER_VERIFY',
      appliesTo: ['enterprise', 'sole_proprietor'],
      sources: ['guide'],
      confidence: 'low',
      value: null,
    },
    // The guide only says 配置服务器域名. Kept as the app has checked it since the guide's time: https:// or wss://
    // (each port kept as typed), a domain name, not api.weixin.qq.com, 200 per kind, 50 changes a month.
    SERVER_DOMAIN: {
      id: 'SERVER_DOMAIN',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: {
        schemes: [httpsServerDomain, { scheme: 'wss', kinds: ['socket'], port: 'exact', documented: true }],
        ...serverDomainLimits,
        localHosts: [],
        parentDomainsRefused: false,
      },
    },
    // The guide: "运营者信息勾选后可继续使用公众号的运营者管理小程序，若不勾选…", "微信认证资质是必须勾选".
    REUSE_QUALIFICATIONS: {
      id: 'REUSE_QUALIFICATIONS',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'high',
      value: { operatorInfoOptional: true, certificationRequiredFor: organisationTypes },
    },
    // The guide: "公众号左侧导航——小程序——开通", "点击小程序管理——添加——选择 “快速注册并认证小程序”"; it
    // names 订阅号 and 服务号 as two kinds of 公众号.
    OA_MENU_PATH: {
      id: 'OA_MENU_PATH',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'high',
      value: {
        management: ['mini-program', 'mini-program-management'],
        openMiniProgram: ['mini-program', 'open'],
        fastRegister: ['mini-program-management', 'add', 'fast-register'],
        serviceAccountSeparate: false,
      },
    },
    // The guide: "小程序认证到期时间与公众号一致"; it says nothing of annual review (the year is third-party).
    CERT_VALIDITY: {
      id: 'CERT_VALIDITY',
      appliesTo: subjectTypes,
      sources: ['guide', 'third-party'],
      confidence: 'medium',
      value: { years: 1, expiresWithAccountOnReuse: true, annualReview: null },
    },
    // Publishing rules the guide does not state (it ends at registration): not checked under it.
    ICP_SMS_VERIFY: notStated('ICP_SMS_VERIFY'),
    PRIVACY_GUIDE: notStated('PRIVACY_GUIDE'),
    REVIEW_ONE_AT_A_TIME: notStated('REVIEW_ONE_AT_A_TIME'),
    EXPEDITED_REVIEW: notStated('EXPEDITED_REVIEW'),
    CATEGORY_FILING: notStated('CATEGORY_FILING'),
  },
}

export const guideRuleSet: RuleSet = applyChecks(guideDraft, ruleChecks.guide)
