import { describe, expect, it } from 'vitest'
import { ruleSets } from '../../domain'
import { ruleCitation, ruleSummary } from './rule-text'

describe('ruleSummary', () => {
  it('states the certification fee by subject type, grouped by amount, under each rule set', () => {
    expect(ruleSummary('CERT_FEE', ruleSets.current)).toBe(
      '每次申请微信认证需支付认证费：企业、政府、媒体、其他组织 300 元；个体工商户、个人 30 元。审核失败不退。',
    )
    expect(ruleSummary('CERT_FEE', ruleSets.guide)).toBe(
      '每次申请微信认证需支付认证费：企业、个体工商户、政府、媒体、其他组织、个人 300 元。审核失败不退。',
    )
  })

  it('says 指南未提及 for a rule the guide does not state', () => {
    expect(ruleSummary('FAST_REG_MONTHLY', ruleSets.guide)).toBe('指南未提及')
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
