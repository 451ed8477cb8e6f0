import { organisationTypes, subjectTypes } from '../subject'
import { applyChecks, ruleChecks } from './checks'
import type { DraftRuleSet, RuleSet } from './rule-set'
import { idCardNumberValue, introValue, miniProgramNameValue, sharedRules } from './shared-rules'

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
    // Checked again 2026-12-01, 设置小程序介绍 (setSignature, https://developers.weixin.qq.com/doc/oplatform/openApi/
    // miniprogram-management/basic-info-management/api_setsignature.html): unchanged. Its "合法的UTF8字符串" is
    // checked under every rule set (a lone surrogate cannot be written as UTF-8). 53200 "本月功能介绍修改次数已用完"
    // confirms a monthly limit but states no number: `editsPerMonth` is not from this page.
    MP_INTRO: {
      ...sharedRules.MP_INTRO,
      sources: ['official'],
      confidence: 'medium',
      value: { ...introValue, minHanCharacters: 4 },
    },
    // Checked 2026-12-01. 配置小程序服务器域名 (modifyServerDomain, https://developers.weixin.qq.com/doc/oplatform/
    // openApi/OpenApiDoc/miniprogram-management/domain-management/modifyServerDomain): "Request域名、Socket域名、
    // Uploadfile域名、Download域名、Udp域名、tcp的设置数量均最大支持200个", "每月可提交修改申请50次", "可以配置端口，
    // 如 https://myserver.com:8080，但是配置后只能向 https://myserver.com:8080 发起请求", "不支持填写ip地址，要用域名",
    // "api.weixin.qq.com 不能被配置为服务器域名". 网络 (https://developers.weixin.qq.com/miniprogram/dev/framework/
    // ability/network.html): "域名只支持 https (wx.request、wx.uploadFile、wx.downloadFile) 和 wss
    // (wx.connectSocket) 协议", "域名不能使用 IP 地址（小程序的局域网 IP 除外）或 localhost", for https "如果不配置端口
    // … 甚至是默认的 443 端口也不可以", "对于 wss 域名，无需配置端口，默认允许请求该域名下所有端口", "不支持配置父域名，
    // 使用子域名". How a udp or tcp entry is written: could not verify — neither page, wx.createTCPSocket
    // (https://developers.weixin.qq.com/miniprogram/dev/api/network/tcp/wx.createTCPSocket.html: "允许与配置过的
    // 服务器域名通信") nor the community says; `udp://` and `tcp://` are the API's field names, not a documented form.
    SERVER_DOMAIN: {
      id: 'SERVER_DOMAIN',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: {
        schemes: [
          {
            scheme: 'https',
            kinds: ['request', 'uploadFile', 'downloadFile'],
            port: 'exact',
            documented: true,
          },
          { scheme: 'wss', kinds: ['socket'], port: 'any', documented: true },
          { scheme: 'udp', kinds: ['udp'], port: 'as-typed', documented: false },
          { scheme: 'tcp', kinds: ['tcp'], port: 'as-typed', documented: false },
        ],
        forbiddenHosts: ['api.weixin.qq.com'],
        localHosts: ['localhost'],
        parentDomainsRefused: true,
        maxPerKind: 200,
        changesPerMonth: 50,
      },
    },
    // Partly unverified: checked 2026-12-01, no Tencent page found says whether a mini program's admin may use the
    // foreigner's permanent residence ID card. The 2023 card's number (新版外国人永久居留身份证机读信息规则（2023版）,
    // a copy of the National Immigration Administration's rules: http://www.eastcoms.com/service/pro/840.html):
    // "由 15 位（3 位拉丁字母+12 位数字）调整为 18 位（17 位数字+1 位校验位）", "新版永居证号码首位设置为“9”",
    // "最后一位采用 MOD11-2 算法设置为校验码，与公民身份号码校验方式相同". The name rule (ADMIN_NAME) admits the
    // Latin name such a card prints, so the two agree by accepting the card for an organisation's admin, with
    // this rule marked unverified rather than refusing a card the platform may accept. Not for an individual
    // subject: the rule book's individual is an adult mainland Chinese resident.
    ID_CARD_NUMBER: {
      ...sharedRules.ID_CARD_NUMBER,
      sources: ['guide', 'third-party'],
      // The citizen's number is the national standard; only the foreigner's card is unverified (its text says so).
      confidence: 'medium',
      value: {
        ...idCardNumberValue,
        foreignPermanentResidence: { prefix: '9', subjectTypes: organisationTypes },
      },
    },
    // Partly unverified: checked 2026-12-01, Latin names are admitted for the foreigner's permanent residence ID card
    // (see ID_CARD_NUMBER); no Tencent page found says whether the platform accepts such an admin.
    ADMIN_NAME: { ...sharedRules.ADMIN_NAME, confidence: 'medium' },
    // Partly unverified: checked 2026-12-01. 第三方服务商API接口调整 (official announcement, https://developers.weixin.qq.com/
    // community/develop/doc/0004829e9105005ce7d480e6561401): "自 2026 年 4 月 30 日 12 时后 … 快速注册企业小程序
    // registerMiniprogram接口将下线", the new fastregisterenterpriseweapp takes "code … 必填 (仅18位统一社会信用代码)"
    // and no code_type. That concerns the service providers' APIs; the 快速注册企业小程序 doc still lists "3：营业执照
    // 注册号（15 位）" (https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/
    // fast-registration-ent/api_registerminiprogram.html). Whether the platform's own registration form, which this
    // app guides, still takes the 15-digit number could not be verified: it is still accepted here, marked
    // unverified, rather than refusing a licence the form may take.
    // The 18-character code is certain; whether the form still takes the 15-digit number is not.
    CREDIT_CODE: { ...sharedRules.CREDIT_CODE, confidence: 'medium' },
  },
}

export const currentRuleSet: RuleSet = applyChecks(currentDraft, ruleChecks.current)
