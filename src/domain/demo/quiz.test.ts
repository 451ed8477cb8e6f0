import { describe, expect, it } from 'vitest'
import { addMessages, t } from '../../i18n'
import { demo } from '../../i18n/zh-CN/demo'
import { advise } from '../advisor/advise'
import { usageOf } from '../advisor/usage'
import { checkQuotas } from '../quota/check-quotas'
import { ruleSets, ruleSetIds } from '../rules/rule-sets'
import { loadScenario } from './scenarios'
import { quiz, scenarioSituation, type QuizQuestion } from './quiz'

addMessages('demo', demo)

const today = '2026-12-01'

function rightOption(q: QuizQuestion) {
  const option = q.options.find((o) => o.id === q.answer)
  if (!option) throw new Error(`${q.id}: the answer is not among the options`)
  return option
}

describe.each(ruleSetIds)('练一练 under the %s rule set', (ruleSetId) => {
  const ruleSet = ruleSets[ruleSetId]
  const questions = quiz(ruleSet, today)

  it('asks each kind of question, each with 3 or 4 different options, one of them right', () => {
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(['can-reuse', 'fee', 'blocked-rule']))
    for (const q of questions) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3)
      expect(q.options.length, q.id).toBeLessThanOrEqual(4)
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length)
      rightOption(q)
      expect(q.rules.length).toBeGreaterThan(0)
      expect(t(q.situation.key, q.situation.params)).not.toMatch(/[{}]/)
      expect(t(q.prompt.key, q.prompt.params)).not.toMatch(/[{}]/)
    }
  })

  it('leaves out the scenarios the rule set cannot show', () => {
    for (const q of questions) expect(loadScenario(q.scenario, ruleSet).ok).toBe(true)
    if (ruleSetId === 'guide') expect(questions.map((q) => q.scenario)).not.toContain('fast-reg-month-full')
  })

  it('has the right answers the advisor and the quota checks give for each scenario', () => {
    for (const q of questions) {
      const load = loadScenario(q.scenario, ruleSet, today)
      if (!load.ok) throw new Error(q.scenario)
      const situation = scenarioSituation(load.scenario, ruleSet)
      const advice = advise(situation, ruleSet, today)
      const option = rightOption(q)
      if (option.kind === 'can-reuse') {
        const expected =
          advice.reuseCapacity === null
            ? 'no'
            : situation.officialAccount?.certified === false
              ? 'certify-first'
              : 'yes'
        expect(option.answer, q.id).toBe(expected)
      } else if (option.kind === 'fee') {
        const path = load.scenario.path
        expect(option.amount, q.id).toEqual(advice.fees[path]?.total)
      } else {
        const blockers = advice.blockers.map((f) => f.ruleId)
        const quota = checkQuotas(
          { ...usageOf(situation) },
          {
            action: load.scenario.path === 'reuse' ? 'fast-register' : 'standalone',
            subjectType: situation.subjectType,
          },
          ruleSet,
        )
          .filter((f) => f.severity === 'block')
          .map((f) => f.ruleId)
        if (option.rule === null) {
          expect(blockers, q.id).toEqual([])
          expect(quota, q.id).toEqual([])
        } else {
          expect(blockers, q.id).toContain(option.rule)
          expect(quota, q.id).toContain(option.rule)
        }
      }
    }
  })

  it('says an individual cannot reuse, and an uncertified account is certified first', () => {
    const byId = new Map(questions.map((q) => [q.id, q]))
    const personal = rightOption(byId.get('can-reuse:personal-reuse')!)
    const uncertified = rightOption(byId.get('can-reuse:reuse-oa-uncertified')!)
    expect(personal).toMatchObject({ answer: 'no' })
    expect(uncertified).toMatchObject({ answer: 'certify-first' })
  })

  it('orders the options by the seed, the same seed the same way', () => {
    const again = quiz(ruleSet, today)
    expect(again).toEqual(questions)
    const other = quiz(ruleSet, today, 7)
    expect(other.map((q) => q.answer)).toEqual(questions.map((q) => q.answer))
    expect(other.map((q) => q.options.map((o) => o.id))).not.toEqual(
      questions.map((q) => q.options.map((o) => o.id)),
    )
  })
})

it('follows the rule set: the fee to reuse an account differs where the guide promised it free', () => {
  const fee = (id: 'current' | 'guide') =>
    rightOption(quiz(ruleSets[id], today).find((q) => q.id === 'fee:reuse-certified')!)
  expect(fee('guide')).toMatchObject({ amount: { min: 0, max: 0 } })
  expect(fee('current')).not.toMatchObject({ amount: { min: 0, max: 0 } })
})
