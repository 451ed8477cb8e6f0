// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets, schedulePlan, type RowResult, type RuleSet } from '../../domain'
import { options, planAccount, planRow, planUsage, reuseRow } from '../../domain/planning/test-plan'
import { addMessages } from '../../i18n'
import { plan } from '../../i18n/zh-CN/plan'
import { ruleName } from '../../ui/rules/rule-text'
import {
  adviceText,
  decisionText,
  moneyText,
  monthText,
  pathText,
  queueText,
  refusalTexts,
  rowFeeText,
  scheduledNotes,
  statusText,
  totalsText,
  unknownAccountText,
  wayOutText,
  wishText,
} from './result-text'

addMessages('plan', plan)

const current = ruleSets.current

/** `current` with FAST_REG_MONTHLY's cap changed: the texts must follow the rule set, not a typed number. */
function withFastRegCap(limit: number): RuleSet {
  const rule = current.rules.FAST_REG_MONTHLY
  if (!rule.value) throw new Error('current states FAST_REG_MONTHLY')
  return {
    ...current,
    rules: { ...current.rules, FAST_REG_MONTHLY: { ...rule, value: { ...rule.value, limit } } },
  }
}

function scheduled(result: RowResult | undefined) {
  if (result?.status !== 'scheduled') throw new Error(`not scheduled: ${JSON.stringify(result)}`)
  return result
}

function refused(result: RowResult | undefined) {
  if (result?.status !== 'refused') throw new Error(`not refused: ${JSON.stringify(result)}`)
  return result
}

const usageWithAccount = planUsage({ officialAccounts: { 示例服务号: planAccount() } })

describe('words', () => {
  it('says months, paths and money in Chinese', () => {
    expect(monthText('2027-03')).toBe('2027年3月')
    expect(monthText('2026-12')).toBe('2026年12月')
    expect(pathText('standalone')).toBe('单独注册')
    expect(pathText('reuse')).toBe('复用公众号')
    expect(pathText('either')).toBe('不限')
    expect(moneyText({ min: 0, max: 0 })).toBe('免费')
    expect(moneyText({ min: 300, max: 300 })).toBe('300 元')
    expect(moneyText({ min: 0, max: 300 })).toBe('0–300 元')
  })

  it("says a row's fee, naming the official account's certification when it comes first", () => {
    const rows = [reuseRow(1, '新号'), reuseRow(2, '新号'), planRow(3)]
    const usage = planUsage({ officialAccounts: { 新号: planAccount({ certified: false }) } })
    const result = schedulePlan(rows, usage, current, options)
    // rule: CERT_FEE — under current an enterprise's certification costs 300; the uncertified account's first
    // fast registration certifies the account first (REUSE_OA_CERTIFIED).
    expect(rowFeeText(scheduled(result.rows[0]).fee)).toMatch(/^600 元（含先认证公众号 300 元）$/)
    expect(rowFeeText(scheduled(result.rows[1]).fee)).toBe('300 元')
    expect(rowFeeText(scheduled(result.rows[2]).fee)).toBe('300 元')
  })

  it('labels a row and sums up the totals', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => reuseRow(n, '示例服务号', { wishedMonth: '2026-12' }))
    const result = schedulePlan(rows, usageWithAccount, current, options)
    expect(statusText(result.rows[0]!)).toBe('已安排')
    expect(totalsText(result.totals)).toEqual({
      scheduled: '已安排 6 行',
      refused: null,
      monthsNeeded: '需要 2 个月',
      finish: '最早 2027年1月 全部完成',
      fee: '费用合计 1800 元',
      wishesMissed: '1 行赶不上希望完成的月份',
    })
  })
})

describe('decisions', () => {
  it('names the full month and the monthly cap read from the rule set for a pushed row (FAST_REG_MONTHLY)', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => reuseRow(n, '示例服务号'))
    const result = schedulePlan(rows, usageWithAccount, current, options)
    const sixth = scheduled(result.rows[5])
    const pushed = sixth.decidedBy.find((d) => d.effect === 'pushed')!
    expect(decisionText(pushed, sixth, rows[5]!, current)).toBe(
      '2026年12月该公众号的快速注册已达上限（每月 5 个，「公众号每月可快速注册的小程序」），顺延到2027年1月',
    )

    // The cap follows the rule set: 3 a month pushes the fourth, and the sentence says 3.
    const three = withFastRegCap(3)
    const smaller = schedulePlan(rows, usageWithAccount, three, options)
    const fourth = scheduled(smaller.rows[3])
    const pushedAt3 = fourth.decidedBy.find((d) => d.effect === 'pushed')!
    expect(decisionText(pushedAt3, fourth, rows[3]!, three)).toContain('每月 3 个')
  })

  it("uses a sole proprietor's own cap", () => {
    const account = planAccount({ subjectType: 'sole_proprietor' })
    const rows = [1, 2].map((n) => reuseRow(n, '店铺号', { subjectType: 'sole_proprietor' }))
    const result = schedulePlan(rows, planUsage({ officialAccounts: { 店铺号: account } }), current, options)
    const second = scheduled(result.rows[1])
    const limit = current.rules.FAST_REG_MONTHLY.value!.soleProprietorLimit
    expect(decisionText(second.decidedBy[0]!, second, rows[1]!, current)).toContain(`每月 ${limit} 个`)
  })

  it('says a pending fast registration pushed the row, and numbers the queue (FAST_REG_ONE_AT_A_TIME)', () => {
    const usage = planUsage({
      officialAccounts: { 示例服务号: planAccount({ fastRegistrationPending: true }) },
    })
    const rows = [reuseRow(1, '示例服务号'), reuseRow(2, '示例服务号')]
    const result = schedulePlan(rows, usage, current, options)
    const [first, second] = [scheduled(result.rows[0]), scheduled(result.rows[1])]
    expect(scheduledNotes(first, rows[0]!, current)).toEqual([
      '2026年12月该公众号还有快速注册待完成（「快速注册一次一个」），顺延到2027年1月',
    ])
    expect(queueText(first)).toBe('本月该公众号第 1 个快速注册')
    expect(queueText(second)).toBe('本月该公众号第 2 个，需等上一个完成后再开始（「快速注册一次一个」）')
    expect(scheduledNotes(second, rows[1]!, current)).toContain(queueText(second))
    expect(queueText(scheduled(schedulePlan([planRow(1)], usage, current, options).rows[0]))).toBeNull()
  })

  it('says why 不限 took a path: cost (CERT_FEE) or the other path being later', () => {
    // Under guide a fast registration certifies for free: reuse is cheaper.
    const guide = ruleSets.guide
    const either = reuseRow(1, '示例服务号', { path: 'either' })
    const cheap = scheduled(schedulePlan([either], usageWithAccount, guide, options).rows[0])
    expect(cheap.path).toBe('reuse')
    expect(decisionText(cheap.decidedBy[0]!, cheap, either, guide)).toBe(
      `选择复用公众号：比单独注册便宜（「${ruleName('CERT_FEE')}」）`,
    )
    // Under current both cost the same: standalone, as the advisor advises.
    const tie = scheduled(schedulePlan([either], usageWithAccount, current, options).rows[0])
    expect(tie.path).toBe('standalone')
    expect(decisionText(tie.decidedBy[0]!, tie, either, current)).toMatch(
      /^选择单独注册：复用公众号并不更便宜/,
    )
  })

  it('says the other path is not possible when it is refused', () => {
    // An individual cannot fast-register (REUSE_OA_TYPES): 不限 goes standalone.
    const row = planRow(1, {
      path: 'either',
      subjectType: 'individual',
      creditCode: null,
      officialAccount: null,
    })
    const result = scheduled(schedulePlan([row], planUsage(), current, options).rows[0])
    const path = result.decidedBy.find((d) => d.effect === 'path')!
    expect(decisionText(path, result, row, current)).toMatch(/^选择单独注册：复用公众号不可行（「.+」）$/)
  })

  it('says a row takes the last room, with the limit from the rule set', () => {
    const sameAdmin = { idCardHash: 'id-A', idCardMasked: '110***********000A' }
    const rows = [1, 2, 3, 4, 5].map((n) => planRow(n, sameAdmin))
    const result = schedulePlan(rows, planUsage(), current, options)
    const fifth = scheduled(result.rows[4])
    const last = fifth.decidedBy.find((d) => d.effect === 'last-room')!
    const limit = current.rules.ID_CARD_LIMIT.value!.limit
    expect(decisionText(last, fifth, rows[4]!, current)).toBe(
      `用掉了「同一身份证可绑定的小程序数量」的最后一个名额（上限 ${limit} 个）`,
    )
  })

  it('says a wish was missed, and that an account is not in the ledger', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => reuseRow(n, '新号', { wishedMonth: '2026-12' }))
    const result = schedulePlan(rows, planUsage(), current, options)
    const sixth = scheduled(result.rows[5])
    expect(wishText(sixth, rows[5]!)).toBe('希望在2026年12月完成，最早只能安排在2027年1月')
    expect(wishText(scheduled(result.rows[0]), rows[0]!)).toBeNull()
    expect(unknownAccountText(sixth, rows[5]!)).toMatch(/^台账中没有公众号「新号」/)
    const known = schedulePlan([reuseRow(1, '示例服务号')], usageWithAccount, current, options)
    expect(unknownAccountText(scheduled(known.rows[0]), reuseRow(1, '示例服务号'))).toBeNull()
  })
})

describe('advice', () => {
  it('names the rules that only advise, as the rule set leaves them unstated', () => {
    // Under guide FAST_REG_MONTHLY is not stated (指南未提及): advice, never a cap.
    const row = reuseRow(1, '示例服务号')
    const result = scheduled(schedulePlan([row], usageWithAccount, ruleSets.guide, options).rows[0])
    expect(result.advice).toContain('FAST_REG_MONTHLY')
    expect(adviceText(result)).toContain(`「${ruleName('FAST_REG_MONTHLY')}」`)
    const none = scheduled(schedulePlan([planRow(1)], planUsage(), current, options).rows[0])
    expect(adviceText(none)).toBeNull()
  })
})

describe('refusals', () => {
  it('gives the limit, that waiting will not help, and another admin of the plan with room', () => {
    const sameAdmin = { idCardHash: 'id-A', idCardMasked: '110***********000A' }
    const rows = [1, 2, 3, 4, 5, 6].map((n) => planRow(n, sameAdmin))
    rows.push(planRow(7))
    const result = schedulePlan(rows, planUsage(), current, options)
    const sixth = refused(result.rows[5])
    expect(statusText(sixth)).toBe('无法安排')
    const limit = current.rules.ID_CARD_LIMIT.value!.limit
    expect(refusalTexts(sixth, current)).toEqual({
      reasons: [`「同一身份证可绑定的小程序数量」：已用 ${limit} 个，上限 ${limit} 个`],
      waiting: '等待也不会有名额：需要换一种办法',
    })
    expect(sixth.waysOut.map(wayOutText)).toEqual(['换一位管理员：计划中 110***********0007 还有名额'])
    expect(totalsText(result.totals).refused).toBe('1 行无法安排')
    expect(totalsText(result.totals).finish).toBe('已安排的最晚在 2026年12月 完成')
  })

  it('says when no month within the horizon had room', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => reuseRow(n, '示例服务号'))
    const result = schedulePlan(rows, usageWithAccount, current, { ...options, horizon: 1 })
    const sixth = refused(result.rows[5])
    expect(sixth.kind).toBe('horizon')
    expect(refusalTexts(sixth, current).reasons[0]).toContain('上限 5 个')
    expect(refusalTexts(sixth, current).waiting).toMatch(/^在规划的月份范围内每个月都没有名额/)
  })

  it("says an eligibility rule's summary where no quota counted, and an email's reason", () => {
    const row = reuseRow(1, '示例订阅号', { subjectType: 'individual', creditCode: null })
    const usage = planUsage({ officialAccounts: { 示例订阅号: planAccount({ type: 'subscription' }) } })
    const result = refused(schedulePlan([row], usage, current, options).rows[0])
    expect(result.findings).toEqual([])
    for (const reason of refusalTexts(result, current).reasons) expect(reason).toMatch(/^「.+」：.+/)

    const emails = schedulePlan(
      [planRow(1), planRow(2, { email: 'mp-1@example.com' })],
      planUsage(),
      current,
      options,
    )
    expect(refusalTexts(refused(emails.rows[1]), current).reasons[0]).toMatch(/邮箱/)
  })

  it('says every way out with its candidates', () => {
    expect(
      wayOutText({ kind: 'another-admin', candidates: ['110***********0001', '110***********0002'] }),
    ).toBe('换一位管理员：计划中 110***********0001、110***********0002 还有名额')
    expect(wayOutText({ kind: 'another-admin', candidates: [] })).toBe('换一位计划之外、还有名额的管理员')
    expect(wayOutText({ kind: 'another-mobile', candidates: ['138****0001'] })).toBe(
      '换一个管理员手机：计划中 138****0001 还有名额',
    )
    expect(wayOutText({ kind: 'another-email' })).toBe('换一个从未注册过的邮箱')
    expect(wayOutText({ kind: 'other-path', path: 'standalone' })).toBe('改为单独注册：可以安排')
    expect(wayOutText({ kind: 'other-account', accounts: ['甲号', '乙号'] })).toBe(
      '改用同一主体的公众号 「甲号」、「乙号」：可以安排',
    )
  })
})
