import { describe, expect, it } from 'vitest'
import { ruleIds, steps } from '../../domain'
import { enforcingSteps } from './rule-steps'

describe('enforcingSteps', () => {
  it('finds the admin step on both paths for ID_CARD_LIMIT, as a check', () => {
    expect(enforcingSteps('ID_CARD_LIMIT')).toEqual([
      { path: 'standalone', step: 'admin', guard: true, conditional: false },
      { path: 'reuse', step: 'admin', guard: true, conditional: false },
    ])
  })

  it('marks steps that only some situations reach, and rules a step explains without checking', () => {
    expect(enforcingSteps('TRANSFER_VERIFY')).toEqual([
      { path: 'standalone', step: 'verification-method', guard: false, conditional: true },
      { path: 'standalone', step: 'transfer', guard: false, conditional: true },
    ])
  })

  it('lists every step that names a rule, and nothing else', () => {
    for (const id of ruleIds) {
      const named = Object.values(steps)
        .filter((s) => s.rules.includes(id))
        .map((s) => s.id)
      const found = new Set(enforcingSteps(id).map((e) => e.step))
      expect([...found].sort(), id).toEqual([...new Set(named)].sort())
    }
  })
})
