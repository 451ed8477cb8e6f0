// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { currentRuleSet as current } from '../rules/current'
import { guideRuleSet as guide } from '../rules/guide'
import { compareCosts, costOf, feeTable, reusePrices, standalonePrices } from './money'
import { officialAccount, situation } from './test-situations'

describe('fees', () => {
  // rule: CERT_FEE — current (third-party: www.nbyuyuan.net/information/information/44; github.com/Misaka-1314/
  // MisakaStudy-MIniProgram/discussions/8): 300 for enterprise and media, 0–300 for government and other org (free
  // for some), 30–300 for an individual and a sole proprietor (30 reported, older or other sources 300: not confirmed); guide: 300 for all.
  it.each([
    ['enterprise', { min: 300, max: 300 }],
    ['government', { min: 0, max: 300 }],
    ['media', { min: 300, max: 300 }],
    ['other_org', { min: 0, max: 300 }],
    ['sole_proprietor', { min: 30, max: 300 }],
    ['individual', { min: 30, max: 300 }],
  ] as const)('standalone %s: %o under current, 300 under guide', (subjectType, now) => {
    expect(standalonePrices(subjectType, current).perMiniProgram).toEqual(now)
    expect(standalonePrices(subjectType, guide).perMiniProgram).toEqual({ min: 300, max: 300 })
  })

  // rule: REUSE_CERT_OUTCOME — current: since 2023-12-25 the new mini program starts uncertified (默认为未认证状态,
  // registerMiniprogramByOffiaccount, developers.weixin.qq.com/doc/oplatform/openApi/register-management/
  // fast-registration-officalaccount/api_registerminiprogrambyoffiaccount.html) and pays CERT_FEE; guide: free.
  it('reuse: each new mini program pays its certification under current, nothing under guide', () => {
    const nothing = { min: 0, max: 0 }
    expect(reusePrices(situation(), current)).toEqual({
      perMiniProgram: { min: 300, max: 300 },
      upfront: nothing,
    })
    expect(reusePrices(situation(), guide)).toEqual({ perMiniProgram: nothing, upfront: nothing })
    const soleProprietor = situation({ subjectType: 'sole_proprietor' })
    expect(reusePrices(soleProprietor, current).perMiniProgram).toEqual({ min: 30, max: 300 })
  })

  // rule: REUSE_OA_CERTIFIED
  it('an uncertified account adds one fee, paid only if reuse is used at all', () => {
    const uncertified = situation({ officialAccount: officialAccount({ certified: false }) })
    const prices = reusePrices(uncertified, guide)
    expect(prices.upfront).toEqual({ min: 300, max: 300 })
    expect(costOf(prices, 4)).toEqual({ min: 300, max: 300 })
    expect(costOf(prices, 0)).toEqual({ min: 0, max: 0 })
    // Under current: the account's certification first, then each mini program's own.
    expect(costOf(reusePrices(uncertified, current), 4)).toEqual({ min: 1500, max: 1500 })
  })

  it('prices the number wanted on each path, certification included on both under current', () => {
    const table = feeTable(situation({ wanted: 4 }), current)
    expect(table).toMatchObject({ ruleSetId: 'current', count: 4 })
    expect(table.standalone.total).toEqual({ min: 1200, max: 1200 })
    expect(table.reuse?.total).toEqual({ min: 1200, max: 1200 })
    expect(feeTable(situation({ wanted: 4 }), guide).reuse?.total).toEqual({ min: 0, max: 0 })
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
