import { describe, expect, it } from 'vitest'
import { organisationTypes, subjectTypes } from '../subject'
import { checkQuotas } from '../quota/check-quotas'
import { accountUsage } from '../quota/test-usage'
import { annualReviewOpenUntil } from './annual-review'
import { certificationQualificationRequired, officialAccountMenuPath } from './qualifications'
import { ruleSets } from './rule-sets'

// The rules checked again on 2026-12-01 (issue 11, part D), each under both rule sets, each naming its source.
const { guide, current } = ruleSets

describe('REUSE_QUALIFICATIONS: who must tick 微信认证资质', () => {
  it('under guide, every organisation: "微信认证资质是必须勾选" (the seed guide)', () => {
    for (const type of organisationTypes)
      expect(certificationQualificationRequired(guide, type), type).toBe(true)
  })

  it('under current, government, media and other organisations only: API error 61056 "政府、媒体、其他组织必须复选微信认证" (复用公众号主体快速注册小程序, developers.weixin.qq.com)', () => {
    const required = subjectTypes.filter((type) => certificationQualificationRequired(current, type))
    expect(required).toEqual(['government', 'media', 'other_org'])
    expect(current.rules.REUSE_QUALIFICATIONS).toMatchObject({ sources: ['official'], confidence: 'medium' })
  })
})

describe('OA_LINK_SAME and OA_LINK_OTHER: the official account limits, whatever its subject', () => {
  it('apply to every subject type under both rule sets: the guide and the quoted platform notes name none', () => {
    for (const set of [guide, current]) {
      expect(set.rules.OA_LINK_SAME.appliesTo).toEqual(subjectTypes)
      expect(set.rules.OA_LINK_OTHER.appliesTo).toEqual(subjectTypes)
    }
  })

  it("checks an individual's account too: a personal subscription account associates mini programs", () => {
    const usage = { officialAccount: accountUsage({ subjectType: 'individual', sameSubjectLinks: 10 }) }
    const request = { action: 'associate', subjectType: 'individual', sameSubject: true } as const
    for (const set of [guide, current]) {
      expect(checkQuotas(usage, request, set).map((f) => [f.ruleId, f.severity])).toContainEqual([
        'OA_LINK_SAME',
        'block',
      ])
    }
  })
})

describe('OA_MENU_PATH: where to click in the official account back office', () => {
  it('under guide, the guide\'s "小程序——开通" and "小程序管理——添加——快速注册并认证小程序"', () => {
    expect(officialAccountMenuPath(guide, 'openMiniProgram')).toEqual(['mini-program', 'open'])
    expect(officialAccountMenuPath(guide, 'fastRegister')).toEqual([
      'mini-program-management',
      'add',
      'fast-register',
    ])
    expect(guide.rules.OA_MENU_PATH.value?.serviceAccountSeparate).toBe(false)
  })

  it('under current, 广告与服务 → 小程序管理 (third-party setup notes) and 服务号 a product of its own (official docs banner)', () => {
    expect(officialAccountMenuPath(current, 'fastRegister')).toEqual([
      'ads-and-services',
      'mini-program-management',
      'add',
      'fast-register',
    ])
    expect(officialAccountMenuPath(current, 'management')).toEqual([
      'ads-and-services',
      'mini-program-management',
    ])
    expect(current.rules.OA_MENU_PATH.value?.serviceAccountSeparate).toBe(true)
    expect(current.rules.OA_MENU_PATH.confidence).toBe('medium')
  })
})

describe('CERT_VALIDITY: annual review (年审)', () => {
  it('under guide, no annual review is stated ("小程序认证到期时间与公众号一致" only)', () => {
    expect(guide.rules.CERT_VALIDITY.value?.annualReview).toBeNull()
    expect(annualReviewOpenUntil(guide, '2026-12-01')).toBeNull()
  })

  it('under current, opens 3 months before expiry and lapses in three steps (third-party quote of the platform notice)', () => {
    expect(current.rules.CERT_VALIDITY.value?.annualReview).toEqual({
      opensMonthsBefore: 3,
      lapses: [
        { daysAfterExpiry: 0, loses: ['new-versions', 'search'] },
        { daysAfterExpiry: 30, loses: ['sharing'] },
        { daysAfterExpiry: 60, loses: ['new-users', 'payments'] },
      ],
    })
    expect(annualReviewOpenUntil(current, '2026-12-01')).toBe('2027-03-01')
    // A month without the day: the month's last day.
    expect(annualReviewOpenUntil(current, '2026-11-30')).toBe('2027-02-28')
  })
})

describe('publishing rules operators trip over: stated under current only, the guide ends at registration', () => {
  it('ICP_SMS_VERIFY: 24 hours (短信核验常见问题, official filing FAQ)', () => {
    expect(current.rules.ICP_SMS_VERIFY).toMatchObject({ value: { hours: 24 }, confidence: 'high' })
    expect(guide.rules.ICP_SMS_VERIFY.value).toBeNull()
  })

  it('PRIVACY_GUIDE: before submitting code (配置小程序用户隐私保护指引, official)', () => {
    expect(current.rules.PRIVACY_GUIDE).toMatchObject({
      value: { requiredBeforeReview: true },
      sources: ['official'],
    })
    expect(guide.rules.PRIVACY_GUIDE.value).toBeNull()
  })

  it('REVIEW_ONE_AT_A_TIME: error 85009 "已有正在审核的版本" (official staff answer)', () => {
    expect(current.rules.REVIEW_ONE_AT_A_TIME.value).toEqual({ enforced: true })
    expect(guide.rules.REVIEW_ONE_AT_A_TIME.value).toBeNull()
  })

  it('EXPEDITED_REVIEW: 2–12 hours (speedupCodeAudit, official), 3 a year (third-party only: low)', () => {
    expect(current.rules.EXPEDITED_REVIEW).toMatchObject({
      value: { perYear: 3, hours: { min: 2, max: 12 } },
      confidence: 'low',
    })
    expect(current.rules.EXPEDITED_REVIEW.sources).toContain('third-party')
    expect(guide.rules.EXPEDITED_REVIEW.value).toBeNull()
  })

  it('CATEGORY_FILING: 社交, 文娱-视频, 文娱-FM/电台, 时政信息, 7 calendar days (关于微信小程序部分类目报备审核说明)', () => {
    expect(current.rules.CATEGORY_FILING.value).toEqual({
      categories: ['social', 'video', 'radio', 'current-affairs'],
      calendarDays: 7,
    })
    expect(guide.rules.CATEGORY_FILING.value).toBeNull()
  })
})
