import { describe, expect, it } from 'vitest'
import { ruleSets } from '../../domain'
import { ruleCitation, ruleSummary } from './rule-text'

describe('ruleSummary', () => {
  it('states the certification fee by subject type, grouped by amount, under each rule set', () => {
    expect(ruleSummary('CERT_FEE', ruleSets.current)).toBe(
      '每次申请微信认证需支付认证费：企业、媒体 300 元；个体工商户、个人 30–300 元（未能核实，以平台付款页面为准）；' +
        '政府、其他组织 0–300 元（因单位而异，部分单位免费）。审核失败不退。',
    )
    expect(ruleSummary('CERT_FEE', ruleSets.guide)).toBe(
      '每次申请微信认证需支付认证费：企业、个体工商户、政府、媒体、其他组织、个人 300 元。审核失败不退。',
    )
  })

  it('says how the reuse path certifies under each rule set (REUSE_CERT_OUTCOME)', () => {
    expect(ruleSummary('REUSE_CERT_OUTCOME', ruleSets.current)).toContain('默认是未认证状态')
    expect(ruleSummary('REUSE_CERT_OUTCOME', ruleSets.guide)).toContain('注册和认证一步完成，免费')
  })

  it('says 指南未提及 for a rule the guide does not state', () => {
    expect(ruleSummary('FAST_REG_MONTHLY', ruleSets.guide)).toBe('指南未提及')
    for (const id of [
      'ICP_SMS_VERIFY',
      'PRIVACY_GUIDE',
      'REVIEW_ONE_AT_A_TIME',
      'EXPEDITED_REVIEW',
      'CATEGORY_FILING',
    ] as const) {
      expect(ruleSummary(id, ruleSets.guide), id).toBe('指南未提及')
    }
  })

  it('says who must tick 微信认证资质, from the rule set (rule: REUSE_QUALIFICATIONS)', () => {
    expect(ruleSummary('REUSE_QUALIFICATIONS', ruleSets.current)).toContain(
      '政府、媒体、其他组织主体必须勾选微信认证资质。企业、个体工商户主体可以不勾选微信认证资质。',
    )
    const guide = ruleSummary('REUSE_QUALIFICATIONS', ruleSets.guide)
    expect(guide).toContain('企业、个体工商户、政府、媒体、其他组织主体必须勾选微信认证资质。')
    expect(guide).not.toContain('可以不勾选')
  })

  it('gives the menu path of each rule set (rule: OA_MENU_PATH)', () => {
    expect(ruleSummary('OA_MENU_PATH', ruleSets.current)).toBe(
      '快速注册的入口：广告与服务 → 小程序管理 → 添加 → 快速注册并认证小程序；已关联的小程序在：广告与服务 → 小程序管理。服务号已是独立产品，与公众号（原订阅号）分开。',
    )
    expect(ruleSummary('OA_MENU_PATH', ruleSets.guide)).toBe(
      '快速注册的入口：小程序管理 → 添加 → 快速注册并认证小程序；已关联的小程序在：小程序 → 小程序管理。订阅号和服务号都属于公众号。',
    )
  })

  it('says when annual review opens and what lapses, under current only (rule: CERT_VALIDITY)', () => {
    expect(ruleSummary('CERT_VALIDITY', ruleSets.current)).toBe(
      '微信认证有效期 1 年；复用公众号资质的认证与公众号同时到期。到期前 3 个月起可以申请年审（费用与认证相同）。到期仍未完成年审：发布新版本、被搜索受影响。逾期 30 天：被分享受影响。逾期 60 天：新用户访问、支付受影响。',
    )
    expect(ruleSummary('CERT_VALIDITY', ruleSets.guide)).toBe(
      '微信认证有效期 1 年；复用公众号资质的认证与公众号同时到期。',
    )
  })

  it('fills the numbers of the new publishing rules from the rule set', () => {
    expect(ruleSummary('ICP_SMS_VERIFY', ruleSets.current)).toContain('须在 24 小时内完成核验')
    expect(ruleSummary('EXPEDITED_REVIEW', ruleSets.current)).toBe(
      '加急审核预计 2–12 小时内审完；每个小程序每年有 3 次加急机会。',
    )
    expect(ruleSummary('CATEGORY_FILING', ruleSets.current)).toContain(
      '社交、文娱-视频、文娱-FM/电台、时政信息类目的小程序',
    )
    expect(ruleSummary('CATEGORY_FILING', ruleSets.current)).toContain('需 7 个自然日')
  })
})

describe('ruleCitation', () => {
  it('names the rule and its sources', () => {
    expect(ruleCitation('SUBJECT_TOTAL', ruleSets.current)).toBe(
      '规则 SUBJECT_TOTAL，来源：原指南、第三方文章或官方页面转载',
    )
  })
})

// rule: SERVER_DOMAIN, source: official — modifyServerDomain and the framework's network doc, checked 2026-12-01
// (see src/domain/rules/current.ts); under guide the text the app showed before.
describe('ruleSummary of the server domain (rule: SERVER_DOMAIN)', () => {
  it('says under current what each scheme allows, with udp and tcp as unverifiable', () => {
    expect(ruleSummary('SERVER_DOMAIN', ruleSets.current)).toBe(
      'https://（请求、上传、下载）或wss://（socket），须为已备案域名，不能是IP、localhost或api.weixin.qq.com；' +
        'https 域名可带端口：带了就只能用这个端口，不带则请求里也不能带端口（默认端口也不行）；' +
        'wss 域名无需端口，该域名下所有端口都可用；不支持父域名和通配符，子域名要逐个填写；' +
        '每类最多 200 个，每月可修改 50 次。UDP、TCP 合法域名也可配置，但填写格式官方文档没有写明，本工具无法核实。',
    )
  })

  it('keeps the guide-era rule under guide', () => {
    expect(ruleSummary('SERVER_DOMAIN', ruleSets.guide)).toBe(
      'https://（请求、上传、下载）或wss://（socket），须为已备案域名，不能是IP或api.weixin.qq.com；' +
        'https、wss 域名可带端口：带了就只能用这个端口，不带则请求里也不能带端口（默认端口也不行）；' +
        '每类最多 200 个，每月可修改 50 次。',
    )
  })
})

// rule: ID_CARD_NUMBER — unverified under current: no Tencent page says whether an admin may use the 2023
// foreigner's permanent residence ID card (its format: the NIA's 2023 machine-readable rules, third-party copy).
describe('ruleSummary of the admin ID card (rule: ID_CARD_NUMBER)', () => {
  it('names the permanent residence card as unverified under current only', () => {
    expect(ruleSummary('ID_CARD_NUMBER', ruleSets.current)).toBe(
      '18 位，含出生日期和校验位（最后一位可以是 X）；个人主体的管理员须年满 18 周岁。' +
        '企业、个体工商户、政府、媒体、其他组织主体的管理员也可填写外国人永久居留身份证（新版，9 开头的 18 位号码），' +
        '但平台是否接受未能核实。',
    )
    expect(ruleSummary('ID_CARD_NUMBER', ruleSets.guide)).toBe(
      '18 位，含出生日期和校验位（最后一位可以是 X）；个人主体的管理员须年满 18 周岁。',
    )
  })
})
