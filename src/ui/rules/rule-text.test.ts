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
