import { describe, expect, it } from 'vitest'
import { addMessages, hasMessage } from '../../i18n'
import { changes } from '../../i18n/zh-CN/changes'
import { isLocalDate } from '../dates'
import { changeIds, changesTouching, platformChanges } from './changes'
import { isRuleId } from './rule-ids'
import { ruleSets } from './rule-sets'

// 变更记录's texts load with the rulebook's route (i18n/areas.ts).
addMessages('changes', changes)

describe('the record of platform changes (变更记录)', () => {
  it('lists each change once, dated changes newest first and undated ones last', () => {
    expect(platformChanges.map((c) => c.id).sort()).toEqual([...changeIds].sort())
    const dates = platformChanges.map((c) => c.date)
    const dated = dates.filter((d): d is string => d !== null)
    expect(dated.every(isLocalDate)).toBe(true)
    expect(dated).toEqual([...dated].sort().reverse())
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true)
    expect(dated.every((d) => d <= '2026-12-01')).toBe(true)
  })

  it('names existing rules and at least one source for each change, and has its texts', () => {
    for (const change of platformChanges) {
      expect(change.rules.length).toBeGreaterThan(0)
      for (const id of change.rules) expect(isRuleId(id), `${change.id}: ${id}`).toBe(true)
      expect(change.references.length).toBeGreaterThan(0)
      for (const part of ['title', 'what', 'app']) {
        expect(hasMessage(`changes.items.${change.id}.${part}`), `${change.id}.${part}`).toBe(true)
      }
    }
  })

  it('dates the change of reuse certification to 2023-12-25, from the registerMiniprogramByOffiaccount API doc (rule: REUSE_CERT_OUTCOME)', () => {
    const [change] = changesTouching('REUSE_CERT_OUTCOME')
    expect(change?.date).toBe('2023-12-25')
    expect(change?.references[0]?.url).toContain('api_registerminiprogrambyoffiaccount')
    expect(change?.rules).toContain('CERT_FEE')
  })

  it('dates filing to the date the rule set states (rule: ICP_FILING)', () => {
    const [change] = changesTouching('ICP_FILING')
    expect(change?.date).toBe(ruleSets.current.rules.ICP_FILING.value?.requiredSince)
  })

  it('leaves undated what no source dates (rules: OA_LINK_MONTHLY, REUSE_OA_CERTIFIED)', () => {
    expect(changesTouching('OA_LINK_MONTHLY').map((c) => c.date)).toEqual([null])
    expect(changesTouching('REUSE_OA_CERTIFIED').map((c) => c.date)).toEqual([null])
    expect(changesTouching('ID_CARD_LIMIT')).toEqual([])
  })
})
