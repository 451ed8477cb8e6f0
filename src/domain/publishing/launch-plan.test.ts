import { describe, expect, it } from 'vitest'
import { addWorkingDays, isWorkingDay } from '../calendar'
import { addDays } from '../dates'
import { ruleSets } from '../rules/rule-sets'
import { publishChecklist, type PublishProgress, type PublishSubject } from './checklist'
import { launchPlan } from './launch-plan'

const enterprise: PublishSubject = {
  subjectType: 'enterprise',
  path: 'standalone',
  verifiedByTransfer: false,
}
const individual: PublishSubject = {
  subjectType: 'individual',
  path: 'standalone',
  verifiedByTransfer: false,
}

function plan(
  subject: PublishSubject,
  progress: PublishProgress,
  today: string,
  target: string,
  ruleSet = ruleSets.current,
) {
  return launchPlan(ruleSet, subject, progress, publishChecklist(ruleSet, subject, progress), today, target)
}

describe('launchPlan: the latest day to start each long task, in mainland China working days', () => {
  it('an uncertified enterprise a week before its target: too soon, with the earliest day at the longest', () => {
    const p = plan(enterprise, { tasks: {} }, '2026-12-01', '2026-12-08')
    expect(p.realistic).toBe(false)
    // Certification 15 working days from 12-01 → 12-22; named only then, the filing's 2 + 1 + 20 working days
    // follow (past 2026 the notices are not out: weekends only) → 2027-01-22. Review (7) ends 12-10.
    expect(p.earliest).toBe('2027-01-22')
    expect(p.holidaysKnown).toBe(false)
    expect(p.tasks.map((t) => t.id)).toEqual(['certification', 'icp-filing', 'review'])
    expect(p.tasks.every((t) => t.late)).toBe(true)
    const filing = p.tasks.find((t) => t.id === 'icp-filing')!
    expect(filing).toMatchObject({
      workingDays: 23,
      doneBy: '2026-12-08',
      rules: ['ICP_FILING', 'ICP_SMS_VERIFY'],
    })
  })

  it('a target far enough is realistic; each start-by is the last day from which the task still ends in time', () => {
    const p = plan(individual, { tasks: {} }, '2026-06-01', '2026-12-18')
    expect(p.realistic).toBe(true)
    expect(p.holidaysKnown).toBe(true)
    for (const task of p.tasks) {
      expect(addWorkingDays(task.startBy!, task.workingDays) <= task.doneBy).toBe(true)
      expect(isWorkingDay(task.startBy!)).toBe(true)
      expect(addWorkingDays(addWorkingDays(task.startBy!, 1), task.workingDays) > task.doneBy).toBe(true)
    }
    // Back from Fri 12-18, the filing's 23rd working day is Wed 11-18 (no holiday in between): submitted by the
    // day before, 2026-11-17, it counts from 11-18.
    expect(p.tasks.find((t) => t.id === 'icp-filing')?.startBy).toBe('2026-11-17')
  })

  it('counts National Day 2026, its make-up Saturday and 中秋: the review due 2026-10-12 starts by 2026-09-24', () => {
    // 10-01…10-07 off, 10-10 (Sat) a working day: back from Mon 10-12 the 7 working days are 10-12, 10-10,
    // 10-09, 10-08, 09-30, 09-29, 09-28; submitted on 09-27 it would count from 09-28, but 09-25…09-27 is
    // 中秋节, so the last working day to submit on is Thursday 2026-09-24.
    const p = plan(individual, { tasks: { 'icp-filing': { status: 'done' } } }, '2026-09-01', '2026-10-12')
    const review = p.tasks.find((t) => t.id === 'review')!
    expect(review.startBy).toBe('2026-09-24')
    expect(addWorkingDays('2026-09-24', 7)).toBe('2026-10-12')
  })

  it('a task begun counts from the day recorded; tasks done drop out', () => {
    const progress: PublishProgress = {
      tasks: { 'icp-filing': { status: 'in-progress' }, review: { status: 'done' } },
      icp: { submittedOn: '2026-11-02' },
      about: undefined,
    }
    const p = plan(individual, progress, '2026-11-20', '2026-12-31')
    expect(p.tasks.map((t) => t.id)).toEqual(['icp-filing'])
    expect(p.tasks[0]).toMatchObject({ expectedBy: addWorkingDays('2026-11-02', 23), late: false })
    expect(p.tasks[0]!.startBy).toBeUndefined()
  })

  it('a category with 报备 adds its calendar days after the review (CATEGORY_FILING)', () => {
    const p = plan(individual, { tasks: {}, profile: { category: 'social' } }, '2026-06-01', '2026-12-18')
    const review = p.tasks.find((t) => t.id === 'review')!
    expect(review).toMatchObject({
      workingDays: 7,
      calendarDays: 7,
      rules: ['CODE_REVIEW', 'CATEGORY_FILING'],
    })
    expect(addDays(addWorkingDays(review.startBy!, 7), 7) <= '2026-12-18').toBe(true)
  })

  it('an enterprise verified by a small transfer does not wait on certification today (no certification row)', () => {
    const p = plan({ ...enterprise, verifiedByTransfer: true }, { tasks: {} }, '2026-06-01', '2026-12-18')
    expect(p.tasks.map((t) => t.id)).toEqual(['icp-filing', 'review'])
  })

  it('everything that takes review time done: nothing left to plan', () => {
    const done: PublishProgress = {
      tasks: {
        certification: { status: 'done' },
        'icp-filing': { status: 'done' },
        review: { status: 'done' },
      },
    }
    const p = plan(enterprise, done, '2026-12-01', '2026-12-02')
    expect(p).toMatchObject({ tasks: [], realistic: true, earliest: '2026-12-01' })
  })
})
