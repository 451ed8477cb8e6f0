// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { currentRuleSet as current } from '../rules/current'
import { guideRuleSet as guide } from '../rules/guide'
import { compareCosts, costOf, feeTable, reusePrices, standalonePrices } from './money'
import { officialAccount, situation } from './test-situations'

describe('fees', () => {
  // rule: CERT_FEE — current: 300 for enterprise, government, media, other org; 30 for individual and sole proprietor
  it.each([
    ['enterprise', 300, 300],
    ['government', 300, 300],
    ['media', 300, 300],
    ['other_org', 300, 300],
    ['sole_proprietor', 30, 300],
    ['individual', 30, 300],
  ] as const)('standalone %s: %i under current, %i under guide', (subjectType, now, then) => {
    expect(standalonePrices(subjectType, current).perMiniProgram).toEqual({ min: now, max: now })
    expect(standalonePrices(subjectType, guide).perMiniProgram).toEqual({ min: then, max: then })
  })

  // rule: REUSE_CERT_OUTCOME — current 'zero-to-fee', guide 'free'
  it('reuse: 0 to the fee under current, free under guide', () => {
    expect(reusePrices(situation(), current)).toEqual({ perMiniProgram: { min: 0, max: 300 }, upfront: 0 })
    expect(reusePrices(situation(), guide)).toEqual({ perMiniProgram: { min: 0, max: 0 }, upfront: 0 })
    const soleProprietor = situation({ subjectType: 'sole_proprietor' })
    expect(reusePrices(soleProprietor, current).perMiniProgram).toEqual({ min: 0, max: 30 })
  })

  // rule: REUSE_OA_CERTIFIED
  it('an uncertified account adds one fee, paid only if reuse is used at all', () => {
    const prices = reusePrices(situation({ officialAccount: officialAccount({ certified: false }) }), guide)
    expect(prices.upfront).toBe(300)
    expect(costOf(prices, 4)).toEqual({ min: 300, max: 300 })
    expect(costOf(prices, 0)).toEqual({ min: 0, max: 0 })
  })

  it('prices the number wanted on each path', () => {
    const table = feeTable(situation({ wanted: 4 }), current)
    expect(table).toMatchObject({ ruleSetId: 'current', count: 4 })
    expect(table.standalone.total).toEqual({ min: 1200, max: 1200 })
    expect(table.reuse?.total).toEqual({ min: 0, max: 1200 })
  })
})

describe('compareCosts', () => {
  it.each([
    [{ min: 0, max: 300 }, { min: 300, max: 300 }, -1],
    [{ min: 300, max: 600 }, { min: 300, max: 300 }, 1],
    [{ min: 300, max: 900 }, { min: 600, max: 600 }, 0],
    [{ min: 300, max: 1200 }, { min: 900, max: 900 }, -1],
    [{ min: 300, max: 300 }, { min: 300, max: 300 }, 0],
  ])('%o against %o', (a, b, sign) => {
    expect(Math.sign(compareCosts(a, b))).toBe(sign)
  })
})
