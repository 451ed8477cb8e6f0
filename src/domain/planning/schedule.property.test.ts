// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkQuotas, isAllowed } from '../quota/check-quotas'
import { currentRuleSet } from '../rules/current'
import { guideRuleSet } from '../rules/guide'
import type { RuleSet } from '../rules/rule-set'
import type { SubjectType } from '../subject'
import { MONTHLY_RULES } from './attempt'
import { subjectKey, type PlannedRow } from './plan-row'
import type { PlanUsage, Schedule, ScheduledRow } from './plan-types'
import { placementOrder, schedulePlan } from './schedule'
import { monthAt } from './tally'
import { options, planAccount, planRow, planUsage } from './test-plan'

// Random plans over small pools (2 subjects, 3 accounts, 4 admins, 4 mobiles, 4 shared emails), so that limits are
// reached often: the schedule is re-checked with checkQuotas month by month and limit by limit.

const subjects = [
  { creditCode: '91350100M000100Y43', subjectType: 'enterprise' as SubjectType },
  { creditCode: '92350100M000200Y05', subjectType: 'sole_proprietor' as SubjectType },
]
const accounts = ['号A', '号B', '号C']

const rowArb = (row: number) =>
  fc
    .record({
      subject: fc.integer({ min: 0, max: 1 }),
      path: fc.constantFrom('standalone', 'reuse', 'either' as const),
      account: fc.option(fc.constantFrom(...accounts), { nil: null }),
      admin: fc.integer({ min: 0, max: 3 }),
      mobile: fc.integer({ min: 0, max: 3 }),
      // Mostly the row's own email; one in four from a shared pool of 4 (mp-3 is the ledger's).
      email: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 3 }),
      wish: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    })
    .map((r): PlannedRow =>
      planRow(row, {
        ...subjects[r.subject]!,
        path: r.path,
        officialAccount: r.account,
        idCardHash: `id-${r.admin}`,
        idCardMasked: `110***********000${r.admin}`,
        mobileHash: `mobile-${r.mobile}`,
        mobileMasked: `138****000${r.mobile}`,
        email: r.email === null ? `row-${row}@example.com` : `mp-${r.email}@example.com`,
        wishedMonth: r.wish === null ? null : monthAt('2026-12', r.wish),
      }),
    )

const rowsArb = fc
  .integer({ min: 0, max: 24 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(i + 2))))
  .map((rows) => [...rows])

const usageArb: fc.Arbitrary<PlanUsage> = fc
  .record({
    subject: fc.integer({ min: 0, max: 5 }),
    admin0: fc.integer({ min: 0, max: 5 }),
    pending: fc.boolean(),
    monthFast: fc.integer({ min: 0, max: 5 }),
    links: fc.integer({ min: 0, max: 10 }),
    certified: fc.boolean(),
  })
  .map((u) =>
    planUsage({
      subjects: { [subjects[1]!.creditCode]: u.subject },
      idCards: { 'id-0': u.admin0 },
      emailsInUse: ['mp-3@example.com'],
      officialAccounts: {
        号A: planAccount({
          fastRegistrationPending: u.pending,
          monthFastRegistrations: u.monthFast,
          sameSubjectLinks: u.links,
          certified: u.certified,
        }),
        号B: planAccount({ subject: subjects[1]!.creditCode, subjectType: 'sole_proprietor' }),
      },
    }),
  )

const ruleSetArb = fc.constantFrom(currentRuleSet, guideRuleSet)

function scheduledRows(plan: Schedule): ScheduledRow[] {
  return plan.rows.filter((r): r is ScheduledRow => r.status === 'scheduled')
}

/** Every count the schedule adds, re-checked in one request per limit (and per account and month). */
function respectsEveryCap(rows: PlannedRow[], usage: PlanUsage, ruleSet: RuleSet, plan: Schedule): boolean {
  const byRow = new Map(rows.map((r) => [r.row, r]))
  const placed = scheduledRows(plan).map((s) => ({ s, row: byRow.get(s.row)! }))
  const ok = (findings: ReturnType<typeof checkQuotas>) => isAllowed(findings)
  const groups = <K>(key: (p: (typeof placed)[number]) => K) => {
    const map = new Map<K, typeof placed>()
    for (const p of placed) map.set(key(p), [...(map.get(key(p)) ?? []), p])
    return map
  }
  for (const [hash, group] of groups((p) => p.row.idCardHash)) {
    const u = { idCardMiniPrograms: usage.idCards[hash] ?? 0 }
    if (!ok(checkQuotas(u, { action: 'standalone', count: group.length, only: ['ID_CARD_LIMIT'] }, ruleSet)))
      return false
  }
  for (const [hash, group] of groups((p) => p.row.mobileHash)) {
    const u = { phoneMiniPrograms: usage.mobiles[hash] ?? 0 }
    if (!ok(checkQuotas(u, { action: 'standalone', count: group.length, only: ['PHONE_LIMIT'] }, ruleSet)))
      return false
  }
  for (const [key, group] of groups((p) => subjectKey(p.row))) {
    const u = { subjectMiniPrograms: usage.subjects[key] ?? 0 }
    const request = {
      action: 'standalone',
      subjectType: group[0]!.row.subjectType,
      count: group.length,
    } as const
    if (!ok(checkQuotas(u, { ...request, only: ['SUBJECT_TOTAL'] }, ruleSet))) return false
  }
  for (const group of groups((p) => p.row.email.toLowerCase()).values()) {
    if (group.length > 1 || usage.emailsInUse.includes(group[0]!.row.email)) return false
  }
  // Per account: its associations in all, and per month its monthly caps (the ledger's counts in today's month).
  const reuse = placed.filter((p) => p.s.path === 'reuse')
  for (const [name, group] of groups((p) => (p.s.path === 'reuse' ? p.row.officialAccount : null))) {
    if (name === null) continue
    // An account the ledger does not know has the subject of the first row (in placement order) naming it.
    const first = [...rows].sort(placementOrder).find((r) => r.officialAccount === name)!
    const account = usage.officialAccounts[name] ?? planAccount({ subjectType: first.subjectType })
    if (group.some((p) => p.row.subjectType !== account.subjectType)) return false
    const request = { action: 'fast-register', subjectType: account.subjectType } as const
    const all = { officialAccount: { ...account, fastRegistrationPending: false } }
    if (!ok(checkQuotas(all, { ...request, count: group.length, only: ['OA_LINK_SAME'] }, ruleSet)))
      return false
    const byMonth = new Map<string, number>()
    for (const p of group) byMonth.set(p.s.month, (byMonth.get(p.s.month) ?? 0) + 1)
    for (const [month, count] of byMonth) {
      const today = month === '2026-12'
      const monthUsage = {
        officialAccount: {
          ...account,
          monthNewLinks: today ? account.monthNewLinks : { sameSubject: 0, otherSubject: 0 },
          monthFastRegistrations: today ? account.monthFastRegistrations : 0,
          fastRegistrationPending: today && account.fastRegistrationPending,
        },
      }
      if (!ok(checkQuotas(monthUsage, { ...request, count, only: MONTHLY_RULES }, ruleSet))) return false
    }
  }
  return reuse.length >= 0
}

describe('schedulePlan: properties', () => {
  it('never exceeds a cap: every limit and every month re-checked with checkQuotas', () => {
    fc.assert(
      fc.property(rowsArb, usageArb, ruleSetArb, (rows, usage, ruleSet) => {
        const plan = schedulePlan(rows, usage, ruleSet, options)
        expect(respectsEveryCap(rows, usage, ruleSet, plan)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('schedules every row or refuses it naming a rule, each row once', () => {
    fc.assert(
      fc.property(rowsArb, usageArb, ruleSetArb, (rows, usage, ruleSet) => {
        const plan = schedulePlan(rows, usage, ruleSet, options)
        expect(plan.rows.map((r) => r.row)).toEqual(rows.map((r) => r.row).sort((a, b) => a - b))
        for (const r of plan.rows) {
          if (r.status === 'refused') expect(r.rules.length).toBeGreaterThan(0)
          else expect(r.month >= '2026-12').toBe(true)
        }
        expect(plan.totals.scheduled + plan.totals.refused).toBe(rows.length)
        expect(plan.months.reduce((n, m) => n + m.count, 0)).toBe(plan.totals.scheduled)
      }),
      { numRuns: 200 },
    )
  })

  it('is deterministic and does not depend on the order the rows come in', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        usageArb,
        ruleSetArb,
        ([rows, shuffled], usage, ruleSet) => {
          const plan = schedulePlan(rows, usage, ruleSet, options)
          expect(schedulePlan(rows, usage, ruleSet, options)).toEqual(plan)
          expect(schedulePlan(shuffled, usage, ruleSet, options)).toEqual(plan)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('with distinct wished months, renumbering the rows changes nothing but the numbers (the tie-break)', () => {
    fc.assert(
      fc.property(
        rowsArb,
        usageArb,
        ruleSetArb,
        fc.integer({ min: 0, max: 1000 }),
        (rows, usage, ruleSet, seed) => {
          const distinct = rows.map((r, i) => ({ ...r, wishedMonth: monthAt('2026-12', i) }))
          // Another numbering of the same rows: reversed, shifted by the seed.
          const renumbered = distinct.map((r, i) => ({ ...r, row: seed + distinct.length - i }))
          const strip = (plan: Schedule, numbers: number[]) =>
            numbers.map((n) => {
              const { row: _row, ...rest } = plan.rows.find((r) => r.row === n)!
              return rest
            })
          const a = strip(
            schedulePlan(distinct, usage, ruleSet, options),
            distinct.map((r) => r.row),
          )
          const b = strip(
            schedulePlan(renumbered, usage, ruleSet, options),
            renumbered.map((r) => r.row),
          )
          expect(b).toEqual(a)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('reaches deep states: several months, refusals, every path (fc.statistics)', () => {
    fc.statistics(
      fc
        .tuple(rowsArb, usageArb, ruleSetArb)
        .map(([rows, usage, ruleSet]) => schedulePlan(rows, usage, ruleSet, options)),
      (plan) => {
        const months = plan.totals.monthsNeeded
        const refused = plan.totals.refused
        const reuse = scheduledRows(plan).filter((r) => r.path === 'reuse').length
        return `months ${months > 3 ? '4+' : months} · refused ${refused > 2 ? '3+' : refused} · reuse ${reuse > 0 ? 'some' : 'none'}`
      },
      { numRuns: 400 },
    )
    // A plan that needs more than one month and refuses a row must be among the runs.
    const deep = fc
      .sample(fc.tuple(rowsArb, usageArb, ruleSetArb), { numRuns: 400, seed: 14 })
      .some(([r, u, rs]) => {
        const plan = schedulePlan(r, u, rs, options)
        return plan.totals.monthsNeeded > 1 && plan.totals.refused > 0
      })
    expect(deep).toBe(true)
  })
})

describe('schedulePlan: performance', () => {
  it('schedules 5,000 rows (bench-like, printed; no timed assertion)', () => {
    // 200 subjects of 25 rows, an account each; 1,200 admins, 1,500 mobiles: most rows fit, over several months.
    const rows = Array.from({ length: 5000 }, (_, i) =>
      planRow(i + 2, {
        creditCode: `subject-${i % 200}`,
        subjectType: 'enterprise',
        path: (['standalone', 'reuse', 'either'] as const)[i % 3]!,
        officialAccount: `account-${i % 200}`,
        idCardHash: `id-${i % 1200}`,
        mobileHash: `mobile-${i % 1500}`,
      }),
    )
    const started = performance.now()
    const plan = schedulePlan(rows, planUsage(), currentRuleSet, options)
    const ms = performance.now() - started
    console.info(
      `schedulePlan: 5,000 rows in ${ms.toFixed(0)} ms (${plan.totals.scheduled} scheduled, ${plan.totals.refused} refused, ${plan.totals.monthsNeeded} months)`,
    )
    expect(plan.rows).toHaveLength(5000)
  })

  it('schedules 5,000 rows of which 4,000 are refused, ways out computed (printed; no timed assertion)', () => {
    // 20 subjects (50 each: SUBJECT_TOTAL refuses the rest), 不限 on 40 accounts.
    const rows = Array.from({ length: 5000 }, (_, i) =>
      planRow(i + 2, {
        creditCode: `subject-${i % 20}`,
        path: 'either',
        officialAccount: `account-${i % 40}`,
        idCardHash: `id-${i % 300}`,
        mobileHash: `mobile-${i % 4000}`,
      }),
    )
    const started = performance.now()
    const plan = schedulePlan(rows, planUsage(), currentRuleSet, options)
    const ms = performance.now() - started
    console.info(
      `schedulePlan: 5,000 rows in ${ms.toFixed(0)} ms (${plan.totals.scheduled} scheduled, ${plan.totals.refused} refused)`,
    )
    expect(plan.totals.refused).toBe(4000)
  })
})
