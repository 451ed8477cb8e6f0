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
  })
})

describe('ruleCitation', () => {
  it('names the rule and its sources', () => {
    expect(ruleCitation('SUBJECT_TOTAL', ruleSets.current)).toBe(
      '规则 SUBJECT_TOTAL，来源：原指南、第三方文章或官方页面转载',
    )
  })
})
