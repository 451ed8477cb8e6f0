// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkQuotas } from '../quota/check-quotas'
import { ruleSets } from '../rules/rule-sets'
import { requireRuleValue } from '../rules/rule-set'
import { advise } from './advise'
import { situationArb as situationArbOf } from './test-situations'
import { compareCosts } from './money'
import { reuseRuleIds } from './room'
import { afterPending, inLaterMonth, usageOf } from './usage'

const situationArb = situationArbOf({ maxWanted: 30, maxHeld: 50 })

const dateArb = fc
  .record({
    y: fc.integer({ min: 2024, max: 2027 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)

describe('advise, property', () => {
  it('is total, keeps to the limits in its plans, and never advises what cannot be done', () => {
    fc.assert(
      fc.property(
        situationArb,
        fc.constantFrom('current', 'guide' as const),
        dateArb,
        (situation, id, today) => {
          const ruleSet = ruleSets[id]
          const advice = advise(situation, ruleSet, today)
          const total = requireRuleValue(ruleSet, 'SUBJECT_TOTAL').limitBySubject[situation.subjectType]
          const full = situation.subjectMiniPrograms !== undefined && situation.subjectMiniPrograms >= total
          expect(advice.recommended === 'none').toBe(full)
          if (situation.subjectType === 'individual') expect(advice.recommended).not.toBe('reuse')
          for (const table of Object.values(advice.feesUnder)) {
            for (const fees of [table.standalone, table.reuse]) {
              if (fees) expect(fees.total.min).toBeLessThanOrEqual(fees.total.max)
            }
          }
          if (!advice.plans) return
          expect(advice.recommended).toBe('reuse')
          const { cheapest, fastest } = advice.plans
          for (const plan of [cheapest, fastest]) {
            expect(plan.reuse + plan.standalone).toBe(advice.placeable)
            expect(plan.cost.min).toBeLessThanOrEqual(plan.cost.max)
            expect(plan.finish.earliest >= today).toBe(true)
            // Replay the reuse batches month by month: checkQuotas lets each through.
            const start = afterPending(usageOf(situation))
            let placed = 0
            for (const batch of plan.batches.filter((b) => b.path === 'reuse')) {
              const usage = batch.monthOffset === 0 ? start : inLaterMonth(start, placed)
              const request = {
                action: 'fast-register' as const,
                subjectType: situation.subjectType,
                count: batch.count,
                only: reuseRuleIds,
              }
              expect(checkQuotas(usage, request, ruleSet).filter((f) => f.severity === 'block')).toEqual([])
              expect(batch.startsOn >= today).toBe(true)
              placed += batch.count
            }
          }
          expect(cheapest.reuse).toBeGreaterThanOrEqual(fastest.reuse)
          expect(compareCosts(cheapest.cost, fastest.cost)).toBeLessThanOrEqual(0)
        },
      ),
      { numRuns: 300 },
    )
  })
})
