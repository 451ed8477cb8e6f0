import { describe, expect, it } from 'vitest'
import { ruleIds } from '../../domain'
import { filterRules, noFilter } from './rule-search'

describe('filterRules', () => {
  it('shows every rule without a filter', () => {
    expect(filterRules(noFilter)).toEqual(ruleIds)
  })

  it('finds rules by a Chinese substring of their name or text', () => {
    expect(filterRules({ query: '身份证', topic: 'all' })).toEqual(
      expect.arrayContaining(['ID_CARD_LIMIT', 'ID_CARD_NUMBER']),
    )
    expect(filterRules({ query: '身份证', topic: 'all' })).not.toContain('EMAIL_UNIQUE')
  })

  it('finds a rule by its id, in any case', () => {
    expect(filterRules({ query: 'cert_fee', topic: 'all' })).toEqual(['CERT_FEE'])
  })

  it('narrows to a topic, and combines topic and text', () => {
    expect(filterRules({ query: '', topic: 'publishing' })).toEqual([
      'CERT_BEFORE_PUBLISH',
      'ICP_FILING',
      'ICP_SMS_VERIFY',
      'PRIVACY_GUIDE',
      'CODE_REVIEW',
      'REVIEW_ONE_AT_A_TIME',
      'EXPEDITED_REVIEW',
      'CATEGORY_FILING',
    ])
    expect(filterRules({ query: '认证', topic: 'quota' })).toEqual([])
  })

  it('finds the new publishing rules by what they say (rules: ICP_SMS_VERIFY, PRIVACY_GUIDE, CATEGORY_FILING)', () => {
    expect(filterRules({ query: '24 小时', topic: 'all' })).toContain('ICP_SMS_VERIFY')
    expect(filterRules({ query: '隐私保护指引', topic: 'all' })).toEqual(['PRIVACY_GUIDE'])
    expect(filterRules({ query: '时政信息', topic: 'all' })).toEqual(['CATEGORY_FILING'])
  })

  it('searches what a rule says under either rule set', () => {
    // Only the current rule set states the monthly fast-registration limit with its sole-proprietor figure.
    expect(filterRules({ query: '个体工商户的公众号', topic: 'all' })).toEqual(['FAST_REG_MONTHLY'])
  })
})
