import { organisationTypes, subjectTypes } from '../subject'
import { applyChecks, ruleChecks } from './checks'
import type { DraftRuleSet, RuleSet } from './rule-set'
import {
  httpsServerDomain,
  idCardNumberValue,
  introValue,
  miniProgramNameValue,
  serverDomainLimits,
  sharedRules,
} from './shared-rules'

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
        uncertifiedSince: '2023-12-25',
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
    // Checked 2026-12-01: the fast-registration API's error 61056 reads "政府、媒体、其他组织必须复选微信认证"
    // (复用公众号主体快速注册小程序, developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/
    // Register_Mini_Programs/fast_registration_of_mini_program.html). So the box is required of those three;
    // an enterprise or a sole proprietor may leave it unticked. The same flow's newer page
    // (registerMiniprogramByOffiAccount) says new accounts start uncertified since 2023-12-25: see
    // REUSE_CERT_OUTCOME. `medium`: an API's error code, read for the back office's form.
    REUSE_QUALIFICATIONS: {
      id: 'REUSE_QUALIFICATIONS',
      appliesTo: organisationTypes,
      sources: ['official'],
      confidence: 'medium',
      value: { operatorInfoOptional: true, certificationRequiredFor: ['government', 'media', 'other_org'] },
    },
    // Checked 2026-12-01. 公众号 and 服务号 are two products now: the official docs' banner "原公众号文档（包含
    // 订阅号与服务号）已升级为公众号（原订阅号）与服务号文档" (微信认证事件推送, developers.weixin.qq.com/doc/
    // subscription/guide/product/Accreditation.html). The back office groups 小程序管理 under 广告与服务: only
    // third parties say so (setup notes in public repositories: "公众号管理后台「广告与服务 — 小程序管理」", "路径：
    // 广告与服务 → 小程序管理 → 添加"); no Tencent page found states the path, hence `medium`. The review's
    // "关联小程序" between 小程序管理 and 添加 was found in no source and is left out; 添加 → 快速注册并认证小程序
    // is the guide's and no newer source contradicts it.
    OA_MENU_PATH: {
      id: 'OA_MENU_PATH',
      appliesTo: organisationTypes,
      sources: ['official', 'third-party'],
      confidence: 'medium',
      value: {
        management: ['ads-and-services', 'mini-program-management'],
        openMiniProgram: ['ads-and-services', 'mini-program-management'],
        fastRegister: ['ads-and-services', 'mini-program-management', 'add', 'fast-register'],
        serviceAccountSeparate: true,
      },
    },
    // Checked 2026-12-01. Annual review (年审) opens 3 months before expiry: a customer-service answer quoted by a
    // third party ("平台将在认证到期前的3个月、2个月、1个月、7天提醒您进行年审", blob.wenxiaobai.com/article/
    // 18248e21-cc7b-9b32-4384-030a1f20868c, after whweb.net/news1098.html) and a user in the official community
    // ("提前3个月邮件提醒年审", developers.weixin.qq.com/community/minihome/doc/00042ee525c840374a24cc6436bc00).
    // What lapses, from the platform's notice as the same third party quotes it: "到期未完成年审将影响新版本发布
    // 和“被搜索”能力。逾期 30 天将影响“被分享”能力，逾期 60 天将影响新用户访问及支付功能". Official staff (第三方
    // 平台小助手, developers.weixin.qq.com/community/minihome/doc/0006a832238928f7fd846d79c66400): "若账号需要年审
    // 会返回年审开始以及截止时间，没在规定时间内完成年审，认证即过期". `medium`: the numbers are third-party.
    // `expiresWithAccountOnReuse` is left as it was: whether a reused certification still exists is
    // REUSE_CERT_OUTCOME's question.
    CERT_VALIDITY: {
      id: 'CERT_VALIDITY',
      appliesTo: subjectTypes,
      sources: ['third-party', 'official'],
      confidence: 'medium',
      value: {
        years: 1,
        expiresWithAccountOnReuse: true,
        annualReview: {
          opensMonthsBefore: 3,
          lapses: [
            { daysAfterExpiry: 0, loses: ['new-versions', 'search'] },
            { daysAfterExpiry: 30, loses: ['sharing'] },
            { daysAfterExpiry: 60, loses: ['new-users', 'payments'] },
          ],
        },
      },
    },
    // Checked 2026-12-01: "若你收到验证短信后，未在24小时内完成短信核验或验证失败，备案信息将自动退回至平台"
    // (短信核验常见问题, developers.weixin.qq.com/minigame/en/product/record/sms_verification.html: the mini game
    // copy of the filing FAQ; mini programs file through the same platform and the same MIIT system).
    ICP_SMS_VERIFY: {
      id: 'ICP_SMS_VERIFY',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: { hours: 24 },
    },
    // Checked 2026-12-01: "小程序、插件中涉及处理用户个人信息的开发者…在提交代码版本前，均需补充相应用户隐私保护
    // 指引"; "每次代码审核环节会进行相关核验…则无法通过代码版本审核" (配置小程序用户隐私保护指引,
    // developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/product/privacy_setting.html).
    PRIVACY_GUIDE: {
      id: 'PRIVACY_GUIDE',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: { requiredBeforeReview: true },
    },
    // Checked 2026-12-01: official staff (第三方平台小助手, 2023-04-03): "85009返回码是指小程序已有正在审核的版本"
    // (developers.weixin.qq.com/community/develop/doc/00026ebc298a9007638f8a29351400); a withdrawal (撤回) frees
    // the slot ("审核中状态需要撤回后才能提交新的审核", developers.weixin.qq.com/community/develop/doc/
    // 0002ae21c609a8313d69c255458c00).
    REVIEW_ONE_AT_A_TIME: {
      id: 'REVIEW_ONE_AT_A_TIME',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: { enforced: true },
    },
    // Checked 2026-12-01. 2–12 hours: "加急后的小程序预计2-12小时内审完" (加急代码审核 speedupCodeAudit,
    // developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_speedupcodeaudit,
    // a third-party platform's API). 3 a year: only a third party says it ("每个小程序，每年有 3 次加急审核机会",
    // github.com/lingziyao115/miniprogram); the review's "1 for individuals" was found in no source. `low`.
    EXPEDITED_REVIEW: {
      id: 'EXPEDITED_REVIEW',
      appliesTo: subjectTypes,
      sources: ['third-party', 'official'],
      confidence: 'low',
      value: { perYear: 3, hours: { min: 2, max: 12 } },
    },
    // Checked 2026-12-01: 关于微信小程序部分类目报备审核说明 (official developer community announcement, seen at
    // developers.weixin.qq.com/community/personal/oCJUsw5Ha3ke-MqKrMkMfVFKpwNs/fav): 社交, 文娱-视频, 文娱-FM/电台
    // and 时政信息 go on to the local cyberspace office after the first code review; "报备审核需7个自然日审核周期
    // …暂无加急渠道"; with no answer by then the version may be released (预上线). The announcement's own list is
    // an image; the four are named in its text, hence `medium`.
    CATEGORY_FILING: {
      id: 'CATEGORY_FILING',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'medium',
      value: { categories: ['social', 'video', 'radio', 'current-affairs'], calendarDays: 7 },
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
    // Checked 2026-12-01, 查询域名配置 (getDomainInfo, https://developers.weixin.qq.com/miniprogram/dev/server/API/
    // operation/api_getdomaininfo.html): its example response lists `"udpdomain": ["udp://www.example.com"]` and
    // names the lists "request合法域名列表 … udp合法域名列表" (no tcp list there). An example, not a rule: it shows the
    // udp:// form but states nothing about ports, so udp stays `documented: false` like tcp.
    SERVER_DOMAIN: {
      id: 'SERVER_DOMAIN',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: {
        schemes: [
          httpsServerDomain,
          { scheme: 'wss', kinds: ['socket'], port: 'any', documented: true },
          { scheme: 'udp', kinds: ['udp'], port: 'as-typed', documented: false },
          { scheme: 'tcp', kinds: ['tcp'], port: 'as-typed', documented: false },
        ],
        ...serverDomainLimits,
        localHosts: ['localhost'],
        parentDomainsRefused: true,
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
