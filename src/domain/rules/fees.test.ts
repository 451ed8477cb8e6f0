import { describe, expect, it } from 'vitest'
import { subjectTypes } from '../subject'
import { certificationFee } from './fees'
import type { RuleSet } from './rule-set'
import { ruleSets } from './rule-sets'

describe('certificationFee (rule: CERT_FEE)', () => {
  it('reads the fee of each subject type from the rule set', () => {
    for (const set of Object.values(ruleSets)) {
      const table = set.rules.CERT_FEE.value!.feeBySubject
      for (const type of subjectTypes) expect(certificationFee(set, type)).toBe(table[type])
    }
    expect(certificationFee(ruleSets.current, 'individual')).toBe(30)
    expect(certificationFee(ruleSets.current, 'enterprise')).toBe(300)
  })

  it('follows a changed rule set, and is 0 where the rule set does not state the fee', () => {
    const base = ruleSets.current
    const changed: RuleSet = {
      ...base,
      rules: {
        ...base.rules,
        CERT_FEE: {
          ...base.rules.CERT_FEE,
          value: {
            ...base.rules.CERT_FEE.value!,
            feeBySubject: { ...base.rules.CERT_FEE.value!.feeBySubject, media: 123 },
          },
        },
      },
    }
    expect(certificationFee(changed, 'media')).toBe(123)
    const unstated: RuleSet = {
      ...base,
      rules: { ...base.rules, CERT_FEE: { ...base.rules.CERT_FEE, value: null } },
    }
    expect(certificationFee(unstated, 'enterprise')).toBe(0)
  })
})
