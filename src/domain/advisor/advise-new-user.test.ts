// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RuleId } from '../rules/rule-ids'
import { currentRuleSet as current } from '../rules/current'
import { certificationFee } from '../rules/fees'
import { guideRuleSet as guide } from '../rules/guide'
import type { RuleSet } from '../rules/rule-set'
import { advise } from './advise'
import { situationArb } from './test-situations'
import { readCountText } from './count-text'
import type { ReasonCode } from './reasons'
import { countRange, situationSchema, wantedRange, type Situation } from './situation'
import { officialAccount, situation } from './test-situations'

// What a new user tripped over (issue 10): a plan above the subject's total, numbers out of range, and reasons
// said twice or resting on the wrong rule.
const today = '2025-03-14' // a Friday

/** A situation with the count held left blank (unknown). */
function heldUnknown(over: Partial<Situation>): Situation {
  const { subjectMiniPrograms: _held, ...rest } = situation(over)
  return rest
}

/** `current` with another SUBJECT_TOTAL: the advisor's figures must follow it. */
function withTotal(ruleSet: RuleSet, enterprise: number): RuleSet {
  const rule = ruleSet.rules.SUBJECT_TOTAL
  const limitBySubject = { ...rule.value!.limitBySubject, enterprise }
  return { ...ruleSet, rules: { ...ruleSet.rules, SUBJECT_TOTAL: { ...rule, value: { limitBySubject } } } }
}

describe('advise: a plan above the subject total (rule: SUBJECT_TOTAL)', () => {
  it.each([
    ['enterprise', 60, 50],
    ['sole_proprietor', 6, 5],
  ] as const)(
    '%s wanting %i with the count held unknown: says so, and answers for the total (%i)',
    (subjectType, wanted, total) => {
      const advice = advise(heldUnknown({ subjectType, officialAccount: null, wanted }), current, today)
      expect(advice.recommended).toBe('standalone')
      expect(advice.wanted).toBe(wanted)
      expect(advice.placeable).toBe(total)
      expect(advice.subject).toEqual({ limit: total, held: null, left: total })
      expect(advice.reasons[0]).toEqual({
        code: 'wanted-over-total-assumed',
        ruleId: 'SUBJECT_TOTAL',
        limit: total,
        count: total,
      })
      // The rest of the answer is for what can be done: fees, emails.
      expect(advice.fees.count).toBe(total)
      expect(advice.fees.standalone.total.max).toBe(total * certificationFee(current, subjectType).max)
      expect(advice.needs).toContainEqual(expect.objectContaining({ need: 'fresh-email', count: total }))
    },
  )

  it('with the count held known, answers for the room left and names what is held', () => {
    const advice = advise(
      situation({ officialAccount: null, wanted: 60, subjectMiniPrograms: 10 }),
      current,
      today,
    )
    expect(advice.placeable).toBe(40)
    expect(advice.reasons[0]).toEqual({
      code: 'wanted-over-total',
      ruleId: 'SUBJECT_TOTAL',
      limit: 50,
      used: 10,
      count: 40,
    })
    expect(advice.fees.count).toBe(40)
  })

  it('takes the total from the rule set', () => {
    const advice = advise(heldUnknown({ officialAccount: null, wanted: 30 }), withTotal(current, 20), today)
    expect(advice.placeable).toBe(20)
    expect(advice.reasons[0]).toMatchObject({ code: 'wanted-over-total-assumed', limit: 20, count: 20 })
  })

  it('at or under the total with the count unknown, answers for all and adds no reason', () => {
    const advice = advise(heldUnknown({ officialAccount: null, wanted: 50 }), current, today)
    expect(advice.placeable).toBe(50)
    expect(advice.reasons.map((r) => r.ruleId)).not.toContain('SUBJECT_TOTAL')
  })

  it('under reuse too: the reason comes first, the plans place only the total', () => {
    const advice = advise(heldUnknown({ subjectType: 'sole_proprietor', wanted: 6 }), guide, today)
    expect(advice.recommended).toBe('reuse')
    expect(advice.reasons[0]).toMatchObject({ code: 'wanted-over-total-assumed', ruleId: 'SUBJECT_TOTAL' })
    expect(advice.placeable).toBe(5)
  })
})

describe('the count boxes: full-width digits and the range, defined once in the schema', () => {
  it('reads full-width digits as the wizard does, blank as unknown, anything else as not a number', () => {
    expect(readCountText('\uff11\uff12')).toBe(12)
    expect(readCountText('\u3000 3 ')).toBe(3)
    expect(readCountText('  ')).toBeNull()
    expect(readCountText('1.5')).toBeNaN()
    expect(readCountText('-1')).toBeNaN()
  })

  it('refuses a number outside the range, however many digits it has', () => {
    const accepts = (change: Partial<Situation>) => situationSchema.safeParse(situation(change)).success
    expect(accepts({ wanted: wantedRange.max })).toBe(true)
    expect(accepts({ wanted: wantedRange.max + 1 })).toBe(false)
    expect(accepts({ wanted: readCountText('9'.repeat(10_000))! })).toBe(false)
    expect(accepts({ subjectMiniPrograms: countRange.max + 1 })).toBe(false)
    expect(accepts({ wanted: wantedRange.min - 1 })).toBe(false)
  })
})

// Which rule each reason rests on. A price comparison rests on the fee it compares (CERT_FEE);
// REUSE_CERT_OUTCOME only where the uncertain outcome is the point.
const ruleOf: Partial<Record<ReasonCode, RuleId>> = {
  'standalone-fee': 'CERT_FEE',
  'standalone-cheaper': 'CERT_FEE',
  'reuse-cheaper': 'CERT_FEE',
  'costs-equal': 'CERT_FEE',
  'reuse-certified-separately': 'REUSE_CERT_OUTCOME',
  'certify-account-first': 'REUSE_OA_CERTIFIED',
  'subject-total-reached': 'SUBJECT_TOTAL',
  'subject-room-short': 'SUBJECT_TOTAL',
  'wanted-over-total': 'SUBJECT_TOTAL',
  'wanted-over-total-assumed': 'SUBJECT_TOTAL',
  'finish-pending-first': 'FAST_REG_ONE_AT_A_TIME',
  'association-room-used-up': 'OA_LINK_SAME',
}

describe('advise: each reason once, on the rule it rests on', () => {
  it('an uncertified account, one wanted: the comparison under why (CERT_FEE), the caveats under why not', () => {
    const advice = advise(
      situation({ officialAccount: officialAccount({ certified: false }) }),
      current,
      today,
    )
    expect(advice.reasons.map((r) => [r.code, r.ruleId])).toEqual([
      ['standalone-cheaper', 'CERT_FEE'],
      ['standalone-fee', 'CERT_FEE'],
    ])
    expect(advice.alternative?.whyNot.map((r) => [r.code, r.ruleId])).toEqual([
      ['certify-account-first', 'REUSE_OA_CERTIFIED'],
      ['reuse-certified-separately', 'REUSE_CERT_OUTCOME'],
    ])
  })

  // Reuse is advised where it is cheaper: under guide (free). Under current it never is (advise-paths.test.ts).
  it('reuse advised: the comparison on CERT_FEE under why; why not standalone is its fee, not the same words', () => {
    const advice = advise(situation({ wanted: 3 }), guide, today)
    expect(advice.reasons.map((r) => [r.code, r.ruleId])).toEqual([['reuse-cheaper', 'CERT_FEE']])
    expect(advice.alternative?.whyNot).toEqual([
      { code: 'standalone-fee', ruleId: 'CERT_FEE', amount: { kind: 'fixed', min: 300, max: 300 } },
    ])
  })

  it('whatever the situation: no reason twice, each on its rule', () => {
    const situations = situationArb({ maxWanted: 70, maxHeld: 55 })
    fc.assert(
      fc.property(situations, fc.constantFrom(current, guide), (s, ruleSet) => {
        const advice = advise(s, ruleSet, today)
        const all = [...advice.reasons, ...(advice.alternative?.whyNot ?? [])]
        const codes = all.map((r) => r.code)
        expect(new Set(codes).size, codes.join()).toBe(codes.length)
        for (const reason of all) {
          const rule = ruleOf[reason.code]
          if (rule) expect([reason.code, reason.ruleId]).toEqual([reason.code, rule])
          if (reason.ruleId === 'REUSE_CERT_OUTCOME') expect(reason.code).toBe('reuse-certified-separately')
        }
        // A plan above the total is said, whatever is held, unless none can be registered at all.
        const total = ruleSet.rules.SUBJECT_TOTAL.value!.limitBySubject[s.subjectType]
        if (s.wanted > total && advice.recommended !== 'none') {
          expect(advice.placeable).toBeLessThanOrEqual(total)
          expect(advice.reasons[0]?.ruleId).toBe('SUBJECT_TOTAL')
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('advise: what to have ready is for the path advised', () => {
  const needIds = (advice: ReturnType<typeof advise>) => advice.needs.map((n) => n.need)

  it('standalone advised: no official account items', () => {
    const advice = advise(
      situation({ officialAccount: officialAccount({ certified: false }) }),
      current,
      today,
    )
    expect(advice.recommended).toBe('standalone')
    expect(advice.needs.every((n) => n.paths.join() === 'standalone')).toBe(true)
    expect(needIds(advice)).not.toContain('official-account-login')
    expect(needIds(advice)).not.toContain('certify-official-account')
    expect(needIds(advice)).toContain('certification-fee')
  })

  it('reuse advised, all by reuse: no standalone items', () => {
    const advice = advise(situation({ wanted: 3 }), guide, today)
    expect(advice.needs.every((n) => n.paths.join() === 'reuse')).toBe(true)
    expect(needIds(advice)).not.toContain('certification-fee')
    expect(needIds(advice)).not.toContain('subject-documents')
    expect(needIds(advice)).toContain('official-account-login')
  })

  it('reuse advised with plans that register some standalone: both, each item named for its path', () => {
    const advice = advise(situation({ wanted: 12 }), guide, today)
    expect(advice.plans).not.toBeNull()
    expect(needIds(advice)).toEqual(expect.arrayContaining(['official-account-login', 'certification-fee']))
  })
})
