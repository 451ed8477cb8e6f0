// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { currentRuleSet } from '../rules/current'
import { guideRuleSet } from '../rules/guide'
import type { RefusedRow, RowResult, ScheduledRow } from './plan-types'
import { schedulePlan } from './schedule'
import { options, planAccount, planRow, planUsage, reuseRow } from './test-plan'

// Hand-checked small plans under the rule sets' own numbers: `current` allows 5 fast registrations a month per
// account (FAST_REG_MONTHLY), one pending at a time, 10 same-subject associations (OA_LINK_SAME), 5 mini
// programs per ID card (ID_CARD_LIMIT) and 50 per enterprise (SUBJECT_TOTAL); certification costs an
// enterprise 300 (CERT_FEE); under `guide` a fast registration certifies for free (REUSE_CERT_OUTCOME).

function scheduled(result: RowResult | undefined): ScheduledRow {
  if (result?.status !== 'scheduled') throw new Error(`not scheduled: ${JSON.stringify(result)}`)
  return result
}

function refused(result: RowResult | undefined): RefusedRow {
  if (result?.status !== 'refused') throw new Error(`not refused: ${JSON.stringify(result)}`)
  return result
}

const usageWithAccount = planUsage({ officialAccounts: { 示例服务号: planAccount() } })

describe('schedulePlan: monthly caps', () => {
  it('moves the sixth fast registration on one account to the next month (FAST_REG_MONTHLY)', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7].map((n) => reuseRow(n, '示例服务号'))
    const plan = schedulePlan(rows, usageWithAccount, currentRuleSet, options)
    expect(plan.rows.map((r) => scheduled(r).month)).toEqual([
      ...Array<string>(5).fill('2026-12'),
      '2027-01',
      '2027-01',
    ])
    expect(plan.rows.map((r) => scheduled(r).queue)).toEqual([1, 2, 3, 4, 5, 1, 2])
    expect(scheduled(plan.rows[5]).decidedBy).toContainEqual({
      ruleId: 'FAST_REG_MONTHLY',
      effect: 'pushed',
      month: '2026-12',
    })
    expect(scheduled(plan.rows[0]).decidedBy).toEqual([])
    expect(plan.months.map((m) => [m.month, m.count])).toEqual([
      ['2026-12', 5],
      ['2027-01', 2],
    ])
    expect(plan.totals).toMatchObject({ monthsNeeded: 2, earliestFinish: '2027-01', complete: true })
  })

  it("counts the ledger's fast registrations of today's month, not of later months", () => {
    const usage = planUsage({ officialAccounts: { 示例服务号: planAccount({ monthFastRegistrations: 4 }) } })
    const rows = [1, 2].map((n) => reuseRow(n, '示例服务号'))
    const now = schedulePlan(rows, usage, currentRuleSet, options)
    expect(now.rows.map((r) => scheduled(r).month)).toEqual(['2026-12', '2027-01'])
    const later = schedulePlan(rows, usage, currentRuleSet, { ...options, startMonth: '2027-02' })
    expect(later.rows.map((r) => scheduled(r).month)).toEqual(['2027-02', '2027-02'])
  })

  it('allows a sole proprietor’s account one fast registration a month', () => {
    const account = planAccount({ subjectType: 'sole_proprietor' })
    const rows = [1, 2, 3].map((n) => reuseRow(n, '店铺号', { subjectType: 'sole_proprietor' }))
    const plan = schedulePlan(
      rows,
      planUsage({ officialAccounts: { 店铺号: account } }),
      currentRuleSet,
      options,
    )
    expect(plan.rows.map((r) => scheduled(r).month)).toEqual(['2026-12', '2027-01', '2027-02'])
  })
})

describe('schedulePlan: one pending fast registration at a time', () => {
  it("waits for the ledger's pending one: the account's first in the plan goes to next month", () => {
    const usage = planUsage({
      officialAccounts: { 示例服务号: planAccount({ fastRegistrationPending: true }) },
    })
    const rows = [reuseRow(1, '示例服务号'), reuseRow(2, '示例服务号'), planRow(3)]
    const plan = schedulePlan(rows, usage, currentRuleSet, options)
    const [first, second, standalone] = plan.rows
    expect(scheduled(first)).toMatchObject({ month: '2027-01', queue: 1 })
    expect(scheduled(first).decidedBy).toContainEqual({
      ruleId: 'FAST_REG_ONE_AT_A_TIME',
      effect: 'pushed',
      month: '2026-12',
    })
    // The plan's own go one after the other in the same month: numbered, the second after the first.
    expect(scheduled(second)).toMatchObject({ month: '2027-01', queue: 2 })
    // Standalone registrations are not held up by the account.
    expect(scheduled(standalone)).toMatchObject({ month: '2026-12' })
    expect(scheduled(standalone).queue).toBeUndefined()
  })
})

describe('schedulePlan: permanent limits refuse, with the ways out', () => {
  it("refuses an ID card's sixth use and names another admin of the plan with room", () => {
    const sameAdmin = { idCardHash: 'id-A', idCardMasked: '110***********000A' }
    const rows = [1, 2, 3, 4, 5, 6].map((n) => planRow(n, sameAdmin))
    rows.push(planRow(7))
    const plan = schedulePlan(rows, planUsage(), currentRuleSet, options)
    const sixth = refused(plan.rows[5])
    expect(sixth.rules).toEqual(['ID_CARD_LIMIT'])
    expect(sixth.kind).toBe('permanent')
    expect(sixth.findings[0]).toMatchObject({ ruleId: 'ID_CARD_LIMIT', limit: 5, used: 5 })
    expect(sixth.waysOut).toEqual([{ kind: 'another-admin', candidates: [rows[6]!.idCardMasked] }])
    // The fifth took the last room.
    expect(scheduled(plan.rows[4]).decidedBy).toContainEqual({ ruleId: 'ID_CARD_LIMIT', effect: 'last-room' })
    expect(plan.totals).toMatchObject({ scheduled: 6, refused: 1, complete: false })
  })

  it("counts the ledger's uses of the ID card and mobile", () => {
    const usage = planUsage({ idCards: { 'id-1': 5 }, mobiles: { 'mobile-2': 5 } })
    const plan = schedulePlan([planRow(1), planRow(2)], usage, currentRuleSet, options)
    expect(refused(plan.rows[0]).rules).toEqual(['ID_CARD_LIMIT'])
    expect(refused(plan.rows[1]).rules).toEqual(['PHONE_LIMIT'])
    expect(refused(plan.rows[1]).waysOut).toEqual([{ kind: 'another-mobile', candidates: ['138****0001'] }])
  })

  it('refuses an email used twice in the plan, or already in the ledger', () => {
    const rows = [
      planRow(1),
      planRow(2, { email: 'mp-1@example.com' }),
      planRow(3, { email: 'old@example.com' }),
    ]
    const plan = schedulePlan(rows, planUsage({ emailsInUse: ['OLD@example.com'] }), currentRuleSet, options)
    expect(scheduled(plan.rows[0]).month).toBe('2026-12')
    expect(refused(plan.rows[1])).toMatchObject({
      rules: ['EMAIL_UNIQUE'],
      waysOut: [{ kind: 'another-email' }],
    })
    expect(refused(plan.rows[2]).rules).toEqual(['EMAIL_UNIQUE'])
  })

  it("refuses the official account's own email on either path", () => {
    const usage = planUsage({ officialAccounts: { 示例服务号: planAccount({ email: 'oa@example.com' }) } })
    const rows = [
      planRow(1, { officialAccount: '示例服务号', email: 'oa@example.com' }),
      reuseRow(2, '示例服务号', { email: 'OA@example.com' }),
    ]
    const plan = schedulePlan(rows, usage, currentRuleSet, options)
    expect(refused(plan.rows[0]).findings[0]).toMatchObject({
      ruleId: 'EMAIL_UNIQUE',
      reason: 'email-in-use',
    })
    expect(refused(plan.rows[1]).findings[0]).toMatchObject({
      ruleId: 'EMAIL_UNIQUE',
      reason: 'official-account-email',
    })
  })

  it('gives up a row no month within the horizon has room for, naming the monthly rule', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => reuseRow(n, '示例服务号'))
    const plan = schedulePlan(rows, usageWithAccount, currentRuleSet, { ...options, horizon: 1 })
    expect(refused(plan.rows[5])).toMatchObject({
      rules: ['FAST_REG_MONTHLY'],
      kind: 'horizon',
      waysOut: [{ kind: 'other-path', path: 'standalone' }],
    })
  })

  it('cannot finish a plan past the subject total: no way out for the subject, the other rows planned', () => {
    const usage = planUsage({ subjects: { '91350100M000100Y43': 49 } })
    const plan = schedulePlan([planRow(1), planRow(2), planRow(3)], usage, currentRuleSet, options)
    expect(scheduled(plan.rows[0]).month).toBe('2026-12')
    for (const row of plan.rows.slice(1)) {
      expect(refused(row)).toMatchObject({ rules: ['SUBJECT_TOTAL'], kind: 'permanent', waysOut: [] })
    }
    expect(plan.totals).toMatchObject({
      scheduled: 1,
      refused: 2,
      complete: false,
      earliestFinish: '2026-12',
    })
  })

  it('refuses a fast registration past the associations, offering standalone and another account of the subject', () => {
    const usage = planUsage({
      officialAccounts: {
        示例服务号: planAccount({ sameSubjectLinks: 10 }),
        示例订阅号: planAccount({ type: 'subscription' }),
      },
    })
    const plan = schedulePlan([reuseRow(1, '示例服务号')], usage, currentRuleSet, options)
    expect(refused(plan.rows[0])).toMatchObject({
      rules: ['OA_LINK_SAME'],
      waysOut: [
        { kind: 'other-path', path: 'standalone' },
        { kind: 'other-account', accounts: ['示例订阅号'] },
      ],
    })
  })

  it("refuses reuse on another subject's account (REUSE_QUALIFICATIONS) and for an individual (REUSE_OA_TYPES)", () => {
    const usage = planUsage({ officialAccounts: { 别家号: planAccount({ subject: '91110000000000000X' }) } })
    const plan = schedulePlan(
      [reuseRow(1, '别家号'), reuseRow(2, '个人号', { subjectType: 'individual', creditCode: null })],
      usage,
      currentRuleSet,
      options,
    )
    expect(refused(plan.rows[0]).rules).toEqual(['REUSE_QUALIFICATIONS'])
    expect(refused(plan.rows[1]).rules).toEqual(['REUSE_OA_TYPES', 'REUSE_OA_CERTIFIED'])
    expect(refused(plan.rows[1]).waysOut).toEqual([{ kind: 'other-path', path: 'standalone' }])
  })
})

describe('schedulePlan: fees', () => {
  it('charges certification for each standalone mini program under both rule sets', () => {
    for (const ruleSet of [currentRuleSet, guideRuleSet]) {
      const plan = schedulePlan([planRow(1), planRow(2)], planUsage(), ruleSet, options)
      expect(scheduled(plan.rows[0]).fee.total).toEqual({ min: 300, max: 300 })
      expect(plan.totals.fee).toEqual({ min: 600, max: 600 })
    }
  })

  it('charges a fast registration CERT_FEE under current, nothing under guide', () => {
    const rows = [reuseRow(1, '示例服务号')]
    const current = schedulePlan(rows, usageWithAccount, currentRuleSet, options)
    expect(scheduled(current.rows[0]).fee).toMatchObject({
      certification: { kind: 'fixed', min: 300, max: 300 },
      total: { min: 300, max: 300 },
    })
    const guide = schedulePlan(rows, usageWithAccount, guideRuleSet, options)
    expect(scheduled(guide.rows[0]).fee).toMatchObject({
      certification: { kind: 'free', min: 0, max: 0 },
      total: { min: 0, max: 0 },
    })
  })

  it('certifies an uncertified account once, with its first fast registration', () => {
    const usage = planUsage({ officialAccounts: { 示例服务号: planAccount({ certified: false }) } })
    const plan = schedulePlan(
      [1, 2].map((n) => reuseRow(n, '示例服务号')),
      usage,
      guideRuleSet,
      options,
    )
    expect(plan.rows.map((r) => scheduled(r).fee.upfront)).toEqual([
      { min: 300, max: 300 },
      { min: 0, max: 0 },
    ])
    expect(plan.months[0]!.fee).toEqual({ min: 300, max: 300 })
  })
})

describe('schedulePlan: 不限', () => {
  const either = (n: number) => reuseRow(n, '示例服务号', { path: 'either' })

  it('takes reuse under guide, where it is free, and standalone under current, where both cost the same', () => {
    const guide = scheduled(schedulePlan([either(1)], usageWithAccount, guideRuleSet, options).rows[0])
    expect(guide).toMatchObject({ path: 'reuse', requestedPath: 'either' })
    expect(guide.decidedBy).toContainEqual({ ruleId: 'CERT_FEE', effect: 'path' })
    const current = scheduled(schedulePlan([either(1)], usageWithAccount, currentRuleSet, options).rows[0])
    expect(current).toMatchObject({ path: 'standalone', requestedPath: 'either' })
    expect(current.decidedBy).toContainEqual({ ruleId: 'CERT_FEE', effect: 'path' })
  })

  it("takes standalone under guide once the account's month is full, rather than wait", () => {
    const rows = Array.from({ length: 11 }, (_, i) => either(i + 1))
    const usage = planUsage({ officialAccounts: { 示例服务号: planAccount({ sameSubjectLinks: 0 }) } })
    const plan = schedulePlan(rows, usage, guideRuleSet, options)
    // OA_LINK_SAME (10) and OA_LINK_MONTHLY (10 same-subject, fast registrations counting) both end at ten.
    expect(plan.rows.slice(0, 10).every((r) => scheduled(r).path === 'reuse')).toBe(true)
    const eleventh = scheduled(plan.rows[10])
    expect(eleventh).toMatchObject({ path: 'standalone', month: '2026-12' })
    expect(eleventh.decidedBy.map((d) => d.ruleId)).toContain('OA_LINK_SAME')
  })

  it("takes standalone under guide when the account's month is full, rather than wait for a free reuse", () => {
    const account = planAccount({ monthNewLinks: { sameSubject: 10, otherSubject: 0 } })
    const usage = planUsage({ officialAccounts: { 示例服务号: account } })
    const row = scheduled(schedulePlan([either(1)], usage, guideRuleSet, options).rows[0])
    expect(row).toMatchObject({ path: 'standalone', month: '2026-12' })
    expect(row.decidedBy).toEqual([{ ruleId: 'OA_LINK_MONTHLY', effect: 'path' }])
    // Asked for reuse only, it waits for January.
    const reuse = scheduled(schedulePlan([reuseRow(1, '示例服务号')], usage, guideRuleSet, options).rows[0])
    expect(reuse).toMatchObject({ path: 'reuse', month: '2027-01' })
  })

  it('takes standalone without an account, and for an individual', () => {
    const plan = schedulePlan(
      [
        planRow(1, { path: 'either' }),
        planRow(2, { path: 'either', subjectType: 'individual', creditCode: null }),
      ],
      planUsage(),
      guideRuleSet,
      options,
    )
    expect(plan.rows.map((r) => scheduled(r).path)).toEqual(['standalone', 'standalone'])
    expect(scheduled(plan.rows[1]).decidedBy.map((d) => d.ruleId)).toContain('REUSE_OA_TYPES')
  })
})

describe('schedulePlan: wished months and order', () => {
  it('places earlier wishes first and reports a wish earlier than possible', () => {
    const rows = [
      reuseRow(1, '店铺号', { subjectType: 'sole_proprietor', wishedMonth: '2027-03' }),
      reuseRow(2, '店铺号', { subjectType: 'sole_proprietor', wishedMonth: '2026-12' }),
      reuseRow(3, '店铺号', { subjectType: 'sole_proprietor', wishedMonth: '2026-12' }),
    ]
    const usage = planUsage({ officialAccounts: { 店铺号: planAccount({ subjectType: 'sole_proprietor' }) } })
    const plan = schedulePlan(rows, usage, currentRuleSet, options)
    // Row 2 and 3 wish for December: 2 first (row number), 3 pushed; row 1 wishes for March, placed last.
    expect(plan.rows.map((r) => [scheduled(r).month, scheduled(r).wishMissed])).toEqual([
      ['2027-02', false],
      ['2026-12', false],
      ['2027-01', true],
    ])
    expect(plan.totals.wishesMissed).toBe(1)
  })

  it('never plans before today’s month, and lists empty months between', () => {
    const plan = schedulePlan([planRow(1)], planUsage(), currentRuleSet, {
      ...options,
      startMonth: '2025-01',
    })
    expect(scheduled(plan.rows[0]).month).toBe('2026-12')
    expect(schedulePlan([], planUsage(), currentRuleSet, options).totals).toMatchObject({
      monthsNeeded: 0,
      earliestFinish: null,
      complete: true,
    })
  })
})
