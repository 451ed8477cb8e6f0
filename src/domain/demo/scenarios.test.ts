import { describe, expect, it } from 'vitest'
import { t, addMessages } from '../../i18n'
import { demo } from '../../i18n/zh-CN/demo'
import { steps } from '../flow/steps'
import { stepIds } from '../flow/step-ids'
import { ruleSets, ruleSetIds } from '../rules/rule-sets'
import { ruleValue } from '../rules/rule-set'
import { loadScenario, playScenario } from './scenarios'
import { scenarioIds, type ScenarioId } from './scenario-types'
import { scenarioText, stepHint } from './texts'

addMessages('demo', demo)

const today = '2026-12-01'

// What the guide does not state: the scenarios that depend on it say so under `guide`.
const notStatedUnderGuide: Partial<Record<ScenarioId, string>> = {
  'enterprise-transfer': 'TRANSFER_VERIFY',
  'fast-reg-month-full': 'FAST_REG_MONTHLY',
  'fast-reg-pending': 'FAST_REG_ONE_AT_A_TIME',
}

describe('scenarios', () => {
  it('are the twelve of issue 13, in its order', () => {
    expect(scenarioIds).toHaveLength(12)
    expect(scenarioIds[0]).toBe('enterprise-certification')
    expect(scenarioIds[11]).toBe('personal-reuse')
  })

  describe.each(ruleSetIds)('under the %s rule set', (ruleSetId) => {
    const ruleSet = ruleSets[ruleSetId]

    it.each(scenarioIds)('%s loads, or says which rule the rule set does not state', (id) => {
      const load = loadScenario(id, ruleSet)
      const missing = ruleSetId === 'guide' ? notStatedUnderGuide[id] : undefined
      if (missing) {
        expect(load).toEqual({ ok: false, reason: 'not-stated', rule: missing })
        expect(ruleValue(ruleSet, missing as never)).toBeNull()
      } else {
        expect(load, JSON.stringify(load)).toMatchObject({ ok: true })
      }
    })

    it.each(scenarioIds)('%s plays to its stated end on the flow machine alone', (id) => {
      const load = loadScenario(id, ruleSet)
      if (!load.ok) return
      const { scenario } = load
      const played = playScenario(scenario, ruleSet, today)
      expect(played.end).toEqual(scenario.ends)
      const last = played.frames[played.frames.length - 1]!
      if (scenario.ends.kind === 'done') {
        expect(last.result.state.status).toBe('submitted')
        expect(last.result.state.current).toBe('done')
      } else {
        expect(last.result.ok).toBe(false)
        expect(last.result.reason).toBe('blocked')
        expect(last.step).toBe(scenario.ends.step)
        expect(last.result.findings).toContainEqual(
          expect.objectContaining({ ruleId: scenario.ends.rule, severity: 'block' }),
        )
      }
    })
  })

  it('reads the limits it reaches from the rule set', () => {
    const load = loadScenario('id-card-full', ruleSets.current)
    if (!load.ok) throw new Error('id-card-full did not load')
    expect(load.scenario.ledger.idCardMiniPrograms).toBe(ruleValue(ruleSets.current, 'ID_CARD_LIMIT')?.limit)
    const changed = {
      ...ruleSets.current,
      rules: {
        ...ruleSets.current.rules,
        ID_CARD_LIMIT: { ...ruleSets.current.rules.ID_CARD_LIMIT, value: { limit: 7 } },
      },
    }
    const again = loadScenario('id-card-full', changed)
    expect(again.ok && again.scenario.ledger.idCardMiniPrograms).toBe(7)
    expect(again.ok && playScenario(again.scenario, changed, today).end).toEqual(
      again.ok && again.scenario.ends,
    )
  })

  it('returns `invalid` for answers that no longer fit a step’s schema, instead of throwing', () => {
    const strict = {
      ...ruleSets.current,
      rules: {
        ...ruleSets.current.rules,
        MOBILE: { ...ruleSets.current.rules.MOBILE, value: { length: 12 } },
      },
    }
    expect(loadScenario('enterprise-certification', strict)).toMatchObject({
      ok: false,
      reason: 'invalid',
      step: 'admin',
    })
  })

  it('record the reuse result the rule set expects, and a re-application after 认证未成功', () => {
    const load = loadScenario('reuse-cert-failed', ruleSets.current)
    if (!load.ok) throw new Error('did not load')
    const played = playScenario(load.scenario, ruleSets.current, today)
    const final = played.frames[played.frames.length - 1]!.result.state
    expect(final.outcomes.reuseResult).toBe('failed')
    expect(final.outcomes.certification).toEqual([
      expect.objectContaining({ result: 'approved', submittedOn: today }),
    ])
  })
})

describe('scenario and hint texts', () => {
  it.each(ruleSetIds)(
    'every scenario has a title and a summary with its numbers filled (%s)',
    (ruleSetId) => {
      for (const id of scenarioIds) {
        const text = scenarioText(id, ruleSets[ruleSetId])
        const title = t(text.title.key, text.title.params)
        expect(title).not.toMatch(/[{}]/)
        if (loadScenario(id, ruleSets[ruleSetId]).ok) {
          expect(t(text.teaches.key, text.teaches.params)).not.toMatch(/[{}]/)
        }
      }
      expect(t(scenarioText('id-card-full', ruleSets[ruleSetId]).title.key, { limit: 5 })).toBe(
        '管理员身份证已绑定 5 个',
      )
    },
  )

  it.each(ruleSetIds)('every step has a 讲解提示 with its numbers from the rule set (%s)', (ruleSetId) => {
    const ruleSet = ruleSets[ruleSetId]
    for (const step of stepIds) {
      const hint = stepHint(step, ruleSet)
      expect(t(hint.key, hint.params), step).not.toMatch(/[{}]/)
      expect(hint.rules).toEqual(expect.arrayContaining([...steps[step].rules]))
    }
    const admin = stepHint('admin', ruleSet)
    expect(t(admin.key, admin.params)).toContain(`最多绑定 ${ruleSet.rules.ID_CARD_LIMIT.value?.limit} 个`)
  })
})
