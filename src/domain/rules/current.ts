import { organisationTypes, subjectTypes } from '../subject'
import type { RuleSet } from './rule-set'
import { introValue, miniProgramNameValue, sharedRules } from './shared-rules'

/** The platform's rules as publicly documented since 2023-12: the default rule set. */
export const currentRuleSet: RuleSet = {
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
    // Checked 2026-12-01. No Tencent page found that states the amount: the official 服务商代认证及备案介绍
    // (developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/product/wxverifyicp.html) only says the
    // merchant pays "认证审核费用" or the provider pays it from a prepaid quota. The figures are third-party:
    // a copy of the platform's certification FAQ, "除政府、部分组织（基金会、外国政府机构驻华办事处）可免费申请外，
    // 其他类型申请微信认证均需支付300元/次的审核服务费用" (www.nbyuyuan.net/information/information/44), hence
    // government and other org `varies` 0–300; "个人主体 30元/年，企业主体 300元/年" (微信小程序注册、备案、发布指北,
    // github.com/Misaka-1314/MisakaStudy-MIniProgram/discussions/8) against "个人认证费用为300元/年" (dzyyw.com/
    // shoujiyouxi/272066.html), hence the individual's `unverified` 30–300; the sole proprietor's 30 is called a
    // limited-time offer by one source while older ones say 300: `unverified` 30–300.
    CERT_FEE: {
      id: 'CERT_FEE',
      appliesTo: subjectTypes,
      sources: ['third-party'],
      confidence: 'low',
      value: {
        feeBySubject: {
          enterprise: { kind: 'fixed', amount: 300 },
          media: { kind: 'fixed', amount: 300 },
          government: { kind: 'varies', min: 0, max: 300 },
          other_org: { kind: 'varies', min: 0, max: 300 },
          individual: { kind: 'unverified', min: 30, max: 300 },
          sole_proprietor: { kind: 'unverified', min: 30, max: 300 },
        },
        currency: 'CNY',
        refundedOnFailure: false,
      },
    },
    // Checked 2026-12-01: "自2023年12月25日起，通过本接口新注册的账号，默认为未认证状态，如第三方开发者需要为其
    // 发起认证，可通过代认证小程序接口提交申请" (复用公众号主体快速注册小程序, developers.weixin.qq.com/doc/oplatform/
    // openApi/register-management/fast-registration-officalaccount/api_registerminiprogrambyoffiaccount.html); the
    // same API still returns is_wx_verify_succ, so the operator records what the platform shows. For the 公众号后台
    // route, an answer in the official developer community, 2024-04-07, to "通过公众号快速注册的小程序一直复用的
    // 公众号的资质进行微信认证，现在小程序无法认证": "小程序需要独立认证" (developers.weixin.qq.com/community/personal/
    // oCJUsw6OWCSYHBouQioRefs8v4h4/answer?page=259; the answerer's staff role is not shown on that list). The
    // platform's own 快速注册并认证小程序 page could not be seen; undated copies of it still say "无需支付300元认证费用"
    // (wx.zhishifufei.com.cn/help/kuaisurenzheng.html). Hence `medium`.
    REUSE_CERT_OUTCOME: {
      id: 'REUSE_CERT_OUTCOME',
      appliesTo: organisationTypes,
      sources: ['official'],
      confidence: 'medium',
      value: {
        certification: 'separate',
        outcomes: ['not-certified', 'certified', 'failed', 'pending'],
        expected: 'not-certified',
      },
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
