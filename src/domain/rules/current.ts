import { organisationTypes, subjectTypes } from '../subject'
import { applyChecks, ruleChecks } from './checks'
import type { DraftRuleSet, RuleSet } from './rule-set'
import { introValue, miniProgramNameValue, sharedRules } from './shared-rules'

/** The platform's rules as publicly documented since 2023-12: the default rule set. */
const currentDraft: DraftRuleSet = {
  id: 'current',
  rules: {
    ...sharedRules,
    OA_LINK_MONTHLY: {
      id: 'OA_LINK_MONTHLY',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: { kind: 'total', total: 13, fastRegistrationCounts: false },
    },
    MP_LINK_OAS: {
      id: 'MP_LINK_OAS',
      appliesTo: subjectTypes,
      sources: ['third-party'],
      confidence: 'low',
      value: { limit: null, advisoryOnly: true },
    },
    MP_LINK_MONTHLY: {
      id: 'MP_LINK_MONTHLY',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'low',
      value: { limit: null, advisoryOnly: true },
    },
    FAST_REG_MONTHLY: {
      id: 'FAST_REG_MONTHLY',
      appliesTo: organisationTypes,
      sources: ['official'],
      confidence: 'high',
      value: { limit: 5, soleProprietorLimit: 1 },
    },
    FAST_REG_ONE_AT_A_TIME: {
      id: 'FAST_REG_ONE_AT_A_TIME',
      appliesTo: organisationTypes,
      sources: ['official'],
      confidence: 'high',
      value: { enforced: true },
    },
    CERT_FEE: {
      id: 'CERT_FEE',
      appliesTo: subjectTypes,
      sources: ['third-party'],
      // The sole proprietor's 30 CNY is called a limited-time offer by one source; older ones say 300.
      confidence: 'low',
      value: {
        feeBySubject: {
          enterprise: 300,
          government: 300,
          media: 300,
          other_org: 300,
          individual: 30,
          sole_proprietor: 30,
        },
        currency: 'CNY',
        refundedOnFailure: false,
      },
    },
    REUSE_CERT_OUTCOME: {
      id: 'REUSE_CERT_OUTCOME',
      appliesTo: organisationTypes,
      sources: ['official', 'third-party'],
      confidence: 'medium',
      value: { cost: 'zero-to-fee', outcomes: ['certified', 'failed', 'pending'] },
    },
    CERT_BEFORE_NAME: {
      id: 'CERT_BEFORE_NAME',
      appliesTo: organisationTypes,
      sources: ['third-party'],
      confidence: 'medium',
      value: { requires: 'verification' },
    },
    CERT_BEFORE_PUBLISH: {
      id: 'CERT_BEFORE_PUBLISH',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: { uncertified: 'publish-not-searchable' },
    },
    CERT_REVIEW_TIME: {
      id: 'CERT_REVIEW_TIME',
      appliesTo: subjectTypes,
      sources: ['third-party'],
      confidence: 'medium',
      value: { workingDays: { min: 1, max: 15 }, maxSendBacks: 3 },
    },
    TRANSFER_VERIFY: {
      id: 'TRANSFER_VERIFY',
      appliesTo: ['enterprise', 'sole_proprietor'],
      sources: ['third-party'],
      confidence: 'medium',
      value: { days: 10, subjectTypes: ['enterprise', 'sole_proprietor'] },
    },
    // Checked 2026-11-30. The fast-registration API (registerMiniprogram) asks for the name "需与工商部门登记信息
    // 一致"; the State Council's 企业名称登记管理规定 (2021) art. 5: "企业名称应当使用规范汉字". The symbols are
    // inferred, not listed anywhere: brackets for a region or branch (腾讯科技（深圳）有限公司), the middle dot of
    // "个体户+法人姓名" for a nameless sole proprietor (that API's own example), and Latin letters and digits, which
    // older registered names carry (TCL科技集团股份有限公司). Hence `medium`.
    SUBJECT_NAME: {
      ...sharedRules.SUBJECT_NAME,
      sources: ['official'],
      confidence: 'medium',
      value: {
        characters: {
          kinds: ['han', 'latin', 'digit'],
          symbols: ['（', '）', '(', ')', '·'],
        },
      },
    },
    // Checked 2026-11-30: "小程序名称可以由中文、数字、英文、空格及部分特殊符号（“空格”、“-”、“+”、“&”、“.”）组成"
    // (developers.weixin.qq.com/doc/ministore/minishopopencomponent/API/register/submit_basicinfo.html, the
    // official field description of 小程序名称). The platform's naming FAQ (kf.qq.com/faq/170109umMvm6170109MZNnYV
    // .html, quoted by official staff in the developer community) says "空格及部分特殊符号" without the list.
    MP_NAME: {
      ...sharedRules.MP_NAME,
      value: {
        ...miniProgramNameValue,
        characters: { kinds: ['han', 'latin', 'digit', 'space'], symbols: ['-', '+', '&', '.'] },
      },
    },
    // Checked 2026-11-30, API setSignature: error 53204 "功能介绍长度必须在4~120个字符范围，且是合法的UTF8字符串";
    // its notes: "signature至少4个字的中文描述", read as at least 4 Chinese characters (`medium`: a reading). The
    // API states no list of characters. (The 小商店 registration doc counts a Chinese character as 2 toward the
    // 4–120; setSignature does not say so, and the length here counts it as 1.)
    MP_INTRO: {
      ...sharedRules.MP_INTRO,
      sources: ['official'],
      confidence: 'medium',
      value: { ...introValue, minHanCharacters: 4 },
    },
  },
}

export const currentRuleSet: RuleSet = applyChecks(currentDraft, ruleChecks.current)
