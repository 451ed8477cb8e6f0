// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { currentRuleSet as current } from '../rules/current'
import { guideRuleSet as guide } from '../rules/guide'
import type { RuleSet } from '../rules/rule-set'
import { advise } from './advise'
import { officialAccount, situation } from './test-situations'

// When the limits bite: the account's room, the month, the subject's total, the admin, a pending registration.
const today = '2025-03-14' // a Friday
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code)
const needIds = (advice: ReturnType<typeof advise>) => advice.needs.map((n) => n.need)

// rule: REUSE_CERT_OUTCOME — under `current` each fast-registered mini program pays its own certification, so reuse
// costs what standalone does and the tie goes standalone (advise-paths.test.ts). The limits of `current` (monthly
// fast registrations, one pending at a time) are tested here with reuse priced as the guide prices it (free), so
// that reuse is advised and its plans are drawn.
const reuseFree: RuleSet = {
  ...current,
  rules: {
    ...current.rules,
    REUSE_CERT_OUTCOME: {
      ...current.rules.REUSE_CERT_OUTCOME,
      value: {
        certification: 'included',
        outcomes: ['certified', 'failed', 'pending'],
        expected: 'certified',
        uncertifiedSince: null,
      },
    },
  },
}

describe('advise: more than the account can take now', () => {
  // rule: OA_LINK_SAME (room 10 − 0), rule: FAST_REG_MONTHLY (5 − 2 this month)
  const many = situation({ wanted: 12, officialAccount: officialAccount({ monthFastRegistrations: 2 }) })

  it('cheapest: reuse spread over the months up to the association room, the rest standalone', () => {
    const { plans, reasons } = advise(many, reuseFree, today)
    expect(plans?.cheapest.batches.map((b) => [b.path, b.count, b.startsOn])).toEqual([
      ['reuse', 3, '2025-03-14'],
      ['reuse', 5, '2025-04-01'],
      ['reuse', 2, '2025-05-01'],
      ['standalone', 2, '2025-03-14'],
    ])
    expect(plans?.cheapest).toMatchObject({ reuse: 10, standalone: 2, cost: { min: 600, max: 600 } })
    expect(plans?.cheapest.finish).toEqual({ earliest: '2025-05-01', latest: '2025-05-01' })
    expect(reasons).toContainEqual({ code: 'split-needed', ruleId: 'OA_LINK_SAME', count: 10 })
  })

  it('fastest: what fits now by reuse, the rest standalone now', () => {
    const { plans } = advise(many, reuseFree, today)
    expect(plans?.fastest).toMatchObject({ reuse: 3, standalone: 9, cost: { min: 2700, max: 2700 } })
    // 15 working days after Friday 14 March 2025 would be Friday 4 April, but 4–6 April is 清明节: Monday 7 April
    expect(plans?.fastest.finish).toEqual({ earliest: '2025-03-17', latest: '2025-04-07' })
    expect(plans?.fastest.holidaysKnown).toBe(true)
  })

  it('says when a plan runs past the holiday data, where only weekends are counted', () => {
    const { plans } = advise(many, reuseFree, '2026-12-01')
    expect(plans?.fastest.finish.latest).toBe('2026-12-22') // 15 working days, all in December 2026
    expect(plans?.fastest.holidaysKnown).toBe(true)
    expect(plans?.cheapest.batches.map((b) => b.startsOn)).toContain('2027-02-01') // reuse spread into 2027
    expect(plans?.cheapest.holidaysKnown).toBe(false)
  })

  it('guide: the association room is the bound (10 a month counts fast registrations too)', () => {
    const advice = advise(
      situation({ wanted: 8, officialAccount: officialAccount({ sameSubjectLinks: 4 }) }),
      guide,
      today,
    )
    expect(advice.reuseCapacity).toMatchObject({
      associationRoom: 6,
      thisMonth: 6,
      limitedBy: 'OA_LINK_SAME',
    })
    expect(advice.plans?.cheapest).toMatchObject({ reuse: 6, standalone: 2, cost: { min: 600, max: 600 } })
  })
})

describe('advise: the monthly fast-registration limit reached', () => {
  it('resets on the first day of next month', () => {
    const used = situation({
      wanted: 2,
      officialAccount: officialAccount({ monthFastRegistrations: 5, sameSubjectLinks: 5 }),
    })
    const advice = advise(used, reuseFree, today)
    expect(advice.recommended).toBe('reuse')
    expect(advice.reasons).toContainEqual({
      code: 'no-room-this-month',
      ruleId: 'FAST_REG_MONTHLY',
      date: '2025-04-01',
    })
    expect(advice.blockers).toContainEqual(
      expect.objectContaining({ ruleId: 'FAST_REG_MONTHLY', path: 'reuse', resetsOn: '2025-04-01' }),
    )
    expect(advice.plans?.cheapest.batches).toMatchObject([
      { path: 'reuse', count: 2, startsOn: '2025-04-01' },
    ])
    expect(advice.plans?.fastest.batches).toMatchObject([{ path: 'standalone', count: 2, startsOn: today }])
  })

  it('a sole proprietor has 1 a month; in December it resets on 1 January', () => {
    const sole = situation({
      subjectType: 'sole_proprietor',
      wanted: 3,
      officialAccount: officialAccount({ monthFastRegistrations: 1 }),
    })
    const advice = advise(sole, reuseFree, '2024-12-20')
    expect(advice.reuseCapacity).toMatchObject({ thisMonth: 0, resetsOn: '2025-01-01' })
    expect(advice.plans?.cheapest.batches.map((b) => b.startsOn)).toEqual([
      '2025-01-01',
      '2025-02-01',
      '2025-03-01',
    ])
  })
})

describe('advise: a subject at its total', () => {
  it.each([
    ['enterprise', 50],
    ['sole_proprietor', 5],
    ['individual', 5],
  ] as const)('%s at %i is blocked everywhere', (subjectType, total) => {
    const advice = advise(situation({ subjectType, subjectMiniPrograms: total, wanted: 1 }), current, today)
    expect(advice.recommended).toBe('none')
    expect(advice.reasons).toEqual([
      { code: 'subject-total-reached', ruleId: 'SUBJECT_TOTAL', limit: total, used: total },
    ])
    expect(advice.alternative).toBeNull()
    expect(advice.blockers[0]).toMatchObject({ ruleId: 'SUBJECT_TOTAL', severity: 'block' })
    expect(advice.needs).toEqual([])
  })

  it('with room for fewer than wanted, says how many', () => {
    const advice = advise(situation({ subjectMiniPrograms: 48, wanted: 5 }), current, today)
    expect(advice.placeable).toBe(2)
    expect(advice.reasons).toContainEqual({
      code: 'subject-room-short',
      ruleId: 'SUBJECT_TOTAL',
      count: 2,
      limit: 50,
      used: 48,
    })
  })
})

describe('advise: an admin at the limit', () => {
  it.each([
    ['adminIdCardMiniPrograms', 'ID_CARD_LIMIT'],
    ['adminPhoneMiniPrograms', 'PHONE_LIMIT'],
  ] as const)('%s at 5 needs another admin (%s)', (field, ruleId) => {
    const advice = advise(situation({ [field]: 5, wanted: 1 }), reuseFree, today)
    expect(advice.recommended).toBe('reuse')
    expect(advice.blockers).toContainEqual(expect.objectContaining({ ruleId, used: 5, path: 'both' }))
    expect(advice.needs).toContainEqual(expect.objectContaining({ need: 'another-admin', ruleId, count: 1 }))
  })

  it('seven more from an ID card at 3: two for this admin, one more admin for five', () => {
    const advice = advise(situation({ adminIdCardMiniPrograms: 3, wanted: 7 }), current, today)
    expect(advice.needs).toContainEqual(expect.objectContaining({ need: 'admin-under-limits', count: 2 }))
    expect(advice.needs).toContainEqual(expect.objectContaining({ need: 'another-admin', count: 1 }))
  })
})

describe('advise: a pending fast registration', () => {
  const pending = situation({
    wanted: 2,
    officialAccount: officialAccount({ fastRegistrationPending: true, sameSubjectLinks: 2 }),
  })

  it('current: finish it first; it counts once done', () => {
    const advice = advise(pending, reuseFree, today)
    expect(advice.recommended).toBe('reuse')
    expect(advice.blockers).toContainEqual(
      expect.objectContaining({ ruleId: 'FAST_REG_ONE_AT_A_TIME', path: 'reuse' }),
    )
    expect(advice.reasons).toContainEqual({ code: 'finish-pending-first', ruleId: 'FAST_REG_ONE_AT_A_TIME' })
    expect(needIds(advice)).toContain('finish-pending-fast-registration')
    expect(advice.reuseCapacity).toMatchObject({ associationRoom: 7, thisMonth: 4, waitsForPending: true })
  })

  it('guide: not stated, so not a blocker', () => {
    const advice = advise(pending, guide, today)
    expect(advice.blockers).toEqual([])
    expect(codes(advice.reasons)).not.toContain('finish-pending-first')
  })
})
