import type { Reference } from './rule-set'

// The sources the rule checks (checks.ts) and the platform changes (changes.ts) cite, each once. A title is the
// page's own title where the page shows one; a community thread without one is named by its question.

export const guide: Reference = {
  kind: 'guide',
  title: '小程序注册指南（seeds/000_4fd508cd7262458f.txt）',
}

// The API document of fast registration reusing an official account; "自2023年12月25日起，通过本接口新注册的账号，
// 默认为未认证状态".
export const registerByOfficialAccount: Reference = {
  kind: 'official',
  title: '复用公众号主体快速注册小程序（registerMiniprogramByOffiaccount）',
  url: 'https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-registration-officalaccount/api_registerminiprogrambyoffiaccount.html',
}

// The older page of the same API, with its error codes: 61051 主体类型不允许快速创建, 61052 公众号未认证,
// 61053 超过主体可注册数量上限, 61055 超出公众号每月可快速创建限额, 61056 政府、媒体、其他组织必须复选微信认证,
// 61057 公众号仍有快速创建的账号在流程中.
export const fastRegistrationErrors: Reference = {
  kind: 'official',
  title: '复用公众号主体快速注册小程序（第三方平台接口文档，错误码说明）',
  url: 'https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Register_Mini_Programs/fast_registration_of_mini_program.html',
}

// The product page (English edition; the Chinese one was not in reach): "One Official Account … One month can
// re-use the qualification registration 5 A Mini Program"; reuse-created mini programs are associated by default
// and do not count toward the monthly limit of 13 new associations.
export const fastRegistrationProduct: Reference = {
  kind: 'official',
  title:
    'Multiplexing Official Account message template Introduction of the main rapid registration Mini Program',
  url: 'https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/2.0/product/Register_Mini_Programs/fast_registration_of_mini_program.html',
}

// "自2023年12月25日起，通过本接口新注册的账号默认为未认证状态，需完成认证后方可获得“被搜索、分享”能力，
// 未认证不影响账号发布上架。"
export const fastRegisterPersonal: Reference = {
  kind: 'official',
  title: '快速注册个人小程序（fastRegisterPersonalMp）',
  url: 'https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-registration-ind/api_fastregisterpersonalmp.html',
}

// "name：企业名（需与工商部门登记信息一致）"; code_type 1 统一社会信用代码（18 位）, 3 营业执照注册号（15 位）.
export const fastRegisterEnterprise: Reference = {
  kind: 'official',
  title: '快速注册企业小程序',
  url: 'https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Register_Mini_Programs/Fast_Registration_Interface_document.html',
}

// Official developer-community notice: from 2026-04-30 12:00 the new versions of the fast-registration APIs take
// "仅18位统一社会信用代码".
export const fastRegistrationApiChange2026: Reference = {
  kind: 'official',
  title: '调整说明：第三方服务商快速注册类接口新旧版本（微信开放社区）',
  url: 'https://developers.weixin.qq.com/community/develop/doc/0004829e9105005ce7d480e6561401',
}

// A third-party library's change log: "2023_12_25 … 通过“快速注册企业小程序”创建的小程序必须认证".
export const wxJavaCertification: Reference = {
  kind: 'third-party',
  title: 'weixin-java-open 新增 小程序认证上传补充材料 #3207（WxJava）',
  url: 'https://github.com/binarywang/WxJava/pull/3207',
}

// "微信认证 要钱！个人主体 30元/年，企业主体 300元/年。… 非必要可以不认证".
export const registrationWalkthrough: Reference = {
  kind: 'third-party',
  title: '✨️微信小程序注册、备案、发布指北 #8（GitHub 讨论）',
  url: 'https://github.com/Misaka-1314/MisakaStudy-MIniProgram/discussions/8',
}

// Certification review may send an application back ("认证审核驳回（有重填机会）"); no number of days or times.
export const certificationByProvider: Reference = {
  kind: 'official',
  title: '服务商代认证及备案介绍',
  url: 'https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/product/wxverifyicp.html',
}

// Mentions small-transfer verification (小额打款) as the step face recognition replaces; no deadline.
export const quickCreateArticle: Reference = {
  kind: 'third-party',
  title: '无需交 300 元认证费，快速创建已认证的小程序（阿里云开发者社区）',
  url: 'https://developer.aliyun.com/article/1060774',
}

// A community answer: "小程序关联公众号无限制" (the answerer's role is not shown).
export const miniProgramLinksAnswer: Reference = {
  kind: 'third-party',
  title: '微信开放社区问答：一个小程序最多可被多少个非同一主体公众号关联',
  url: 'https://developers.weixin.qq.com/community/develop/doc/000e8402d2c2483ecc616b94661c00',
}

// "小程序头像…一年内可申请修改5次；图片格式只支持：BMP、JPEG、JPG、GIF、PNG，大小不超过 2M；实际头像始终为正方形".
export const setHeadImage: Reference = {
  kind: 'official',
  title: '修改头像（setHeadImage）',
  url: 'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_setheadimage.html',
}

// Checked 2026-11-30 (see current.ts): "小程序名称可以由中文、数字、英文、空格及部分特殊符号…组成".
export const submitBasicInfo: Reference = {
  kind: 'official',
  title: '小程序名称字段说明（小商店 submit_basicinfo）',
  url: 'https://developers.weixin.qq.com/doc/ministore/minishopopencomponent/API/register/submit_basicinfo.html',
}

export const namingFaq: Reference = {
  kind: 'official',
  title: '小程序命名规则（微信公众平台客服中心）',
  url: 'https://kf.qq.com/faq/170109umMvm6170109MZNnYV.html',
}

// Checked 2026-11-30 and 2026-12-01: error 53204 "功能介绍长度必须在4~120个字符范围"; "signature至少4个字的中文描述";
// "合法的UTF8字符串"; 53200 (the month's edits used up) states no number.
export const setSignature: Reference = {
  kind: 'official',
  title: '设置小程序介绍（setSignature）',
  url: 'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_setsignature.html',
}

// Both editions of the account docs open with "原公众号文档（包含订阅号与服务号）已升级为公众号（原订阅号）与服务号文档".
export const subscriptionGuide: Reference = {
  kind: 'official',
  title: '公众号介绍（原公众号文档已升级为公众号与服务号文档）',
  url: 'https://developers.weixin.qq.com/doc/subscription/guide',
}

export const serviceGuide: Reference = {
  kind: 'official',
  title: '服务号介绍',
  url: 'https://developers.weixin.qq.com/doc/service',
}

// The filing notice itself (关于开展微信小程序备案的通知, 2023-08) was read only in copies: "若微信小程序未上架，
// 自2023年9月1日起，微信小程序须完成备案后才可上架；若已上架，请于2024年3月31日前完成备案".
export const filingNoticeCopy: Reference = {
  kind: 'third-party',
  title: 'APP 和微信小程序备案期限要求（掘金，转载微信公众平台通知）',
  url: 'https://juejin.cn/post/7265498124235685947',
}

export const applyIcpFiling: Reference = {
  kind: 'official',
  title: '申请小程序备案（applyIcpFiling）',
  url: 'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling',
}

// "Request域名、Socket域名、Uploadfile域名、Download域名、Udp域名、tcp的设置数量均最大支持200个; 每月可提交修改申请50次;
// 可以配置端口…配置后只能向 https://myserver.com:8080 发起请求; 域名必须经过 ICP 备案; 不支持填写ip地址;
// api.weixin.qq.com 不能被配置为服务器域名".
export const modifyServerDomain: Reference = {
  kind: 'official',
  title: '配置小程序服务器域名（modifyServerDomain）',
  url: 'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/domain-management/api_modifyserverdomain',
}

// The framework's network guide: "对于 wss 域名，无需配置端口，默认允许请求该域名下所有端口"; "不支持配置父域名，使用子域名";
// for https "如果不配置端口…甚至是默认的 443 端口也不可以".
export const networkGuide: Reference = {
  kind: 'official',
  title: '网络（小程序框架 · 服务器域名配置）',
  url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/ability/network.html',
}

// The 2023 foreigners' permanent residence ID card: 18 characters, first digit 9, GB 11643's check character. A copy
// of the National Immigration Administration's rules; whether the platform takes it for an admin is not stated.
export const permanentResidenceIdRules: Reference = {
  kind: 'third-party',
  title: '新版外国人永久居留身份证机读信息规则（2023版）（转载）',
  url: 'http://www.eastcoms.com/service/pro/840.html',
}

// Official staff (第三方平台小助手): "若账号需要年审会返回年审开始以及截止时间，没在规定时间内完成年审，认证即过期".
export const annualReviewStaffAnswer: Reference = {
  kind: 'official',
  title: '微信开放社区：年审开始以及截止时间（官方答复）',
  url: 'https://developers.weixin.qq.com/community/minihome/doc/0006a832238928f7fd846d79c66400',
}

// A third party quoting the platform's notice: "平台将在认证到期前的3个月、2个月、1个月、7天提醒您进行年审";
// "到期未完成年审将影响新版本发布和“被搜索”能力。逾期 30 天将影响“被分享”能力，逾期 60 天将影响新用户访问及支付功能".
export const annualReviewNoticeCopy: Reference = {
  kind: 'third-party',
  title: '小程序年审说明（转述平台通知）',
  url: 'https://blob.wenxiaobai.com/article/18248e21-cc7b-9b32-4384-030a1f20868c',
}

// "若你收到验证短信后，未在24小时内完成短信核验或验证失败，备案信息将自动退回至平台" (the mini game copy of the filing FAQ).
export const smsVerificationFaq: Reference = {
  kind: 'official',
  title: '短信核验常见问题',
  url: 'https://developers.weixin.qq.com/minigame/en/product/record/sms_verification.html',
}

// "小程序、插件中涉及处理用户个人信息的开发者…在提交代码版本前，均需补充相应用户隐私保护指引".
export const privacySetting: Reference = {
  kind: 'official',
  title: '配置小程序用户隐私保护指引',
  url: 'https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/product/privacy_setting.html',
}

// Official staff: "85009返回码是指小程序已有正在审核的版本".
export const reviewInProgressAnswer: Reference = {
  kind: 'official',
  title: '微信开放社区：85009 已有正在审核的版本（官方答复）',
  url: 'https://developers.weixin.qq.com/community/develop/doc/00026ebc298a9007638f8a29351400',
}

// "加急后的小程序预计2-12小时内审完".
export const speedupCodeAudit: Reference = {
  kind: 'official',
  title: '加急代码审核（speedupCodeAudit）',
  url: 'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_speedupcodeaudit',
}

// "每个小程序，每年有 3 次加急审核机会": a third party only.
export const expeditedReviewNotes: Reference = {
  kind: 'third-party',
  title: '小程序开发笔记（公开代码库）',
  url: 'https://github.com/lingziyao115/miniprogram',
}

// 社交, 文娱-视频, 文娱-FM/电台 and 时政信息: "报备审核需7个自然日审核周期…暂无加急渠道".
export const categoryFilingNotice: Reference = {
  kind: 'official',
  title: '关于微信小程序部分类目报备审核说明',
  url: 'https://developers.weixin.qq.com/community/personal/oCJUsw5Ha3ke-MqKrMkMfVFKpwNs/fav',
}

// Third-party setup notes: "公众号管理后台「广告与服务 — 小程序管理」".
export const backOfficeMenuNotes: Reference = {
  kind: 'third-party',
  title: '公众号后台「广告与服务 — 小程序管理」（第三方配置说明）',
}

// A copy of the platform's certification FAQ: "除政府、部分组织（基金会、外国政府机构驻华办事处）可免费申请外，其他类型
// 申请微信认证均需支付300元/次的审核服务费用".
export const certificationFaqCopy: Reference = {
  kind: 'third-party',
  title: '微信认证常见问题（转载）',
  url: 'https://www.nbyuyuan.net/information/information/44',
}

// "个人认证费用为300元/年": against the 30 of registrationWalkthrough.
export const individualFeeArticle: Reference = {
  kind: 'third-party',
  title: '小程序个人认证费用（第三方文章）',
  url: 'https://dzyyw.com/shoujiyouxi/272066.html',
}

// Official developer community, 2024-04-07, to "通过公众号快速注册的小程序…现在小程序无法认证": "小程序需要独立认证".
export const separateCertificationAnswer: Reference = {
  kind: 'official',
  title: '微信开放社区：通过公众号快速注册的小程序需要独立认证（2024-04-07 回答）',
  url: 'https://developers.weixin.qq.com/community/personal/oCJUsw6OWCSYHBouQioRefs8v4h4/answer?page=259',
}
