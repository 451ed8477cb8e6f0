import { describe, expect, it } from 'vitest'
import { isValidCreditCode, isValidIdCardNumber } from '../fields/field-schemas'
import { stepSchema } from '../flow/step-schemas'
import { ruleSets, ruleSetIds } from '../rules/rule-sets'
import { samples } from '../samples'
import {
  sampleCreditCode,
  sampleEmail,
  sampleFormSteps,
  sampleIdCard,
  sampleMiniProgramName,
  sampleMobile,
  sampleStepValues,
  sampleSubjectName,
} from './sample-data'

const ns = [0, 1, 2, 7, 99, 100, 101, 999, 12_345]

describe('sample data', () => {
  it('gives ID card numbers with a correct GB 11643 check character, from the standard’s example pattern', () => {
    for (const n of ns) {
      const id = sampleIdCard(n)
      expect(isValidIdCardNumber(id), id).toBe(true)
      expect(id).toMatch(/^110105\d{8}9\d\d[\dX]$/)
    }
    expect(sampleIdCard(0)).not.toBe(sampleIdCard(1))
    expect(sampleIdCard(3)).toBe(sampleIdCard(3))
  })

  it('gives credit codes with a correct GB 32100 check character and a zero organisation code', () => {
    for (const n of ns) {
      const code = sampleCreditCode(n)
      expect(isValidCreditCode(code), code).toBe(true)
      expect(code.startsWith('911101050000')).toBe(true)
    }
    expect(new Set(ns.map(sampleCreditCode)).size).toBe(ns.length)
  })

  it('gives example.com emails, 13800138xxx mobiles and names that say 示例, 演示 or 样例', () => {
    for (const n of ns) {
      expect(sampleEmail(n)).toMatch(/^demo-mp-\d+@example\.com$/)
      expect(sampleMobile(n)).toMatch(/^13800138\d{3}$/)
      expect(sampleSubjectName(n)).toMatch(/^(示例|演示|样例)/)
      expect(sampleMiniProgramName(n)).toMatch(/^(示例|演示|样例)/)
    }
    expect(sampleEmail(0)).toBe(samples.account.email)
    expect(sampleMobile(0)).toBe(samples.admin.mobile)
  })

  it.each(ruleSetIds)('passes every form step’s schema under the %s rule set', (ruleSetId) => {
    const ruleSet = ruleSets[ruleSetId]
    expect(sampleFormSteps).toEqual(
      expect.arrayContaining([
        'subject-type',
        'subject-info',
        'oa-status',
        'qualifications',
        'account',
        'admin',
      ]),
    )
    for (const step of sampleFormSteps) {
      for (const path of ['standalone', 'reuse'] as const) {
        for (const n of [0, 1, 5, 250]) {
          const schema = stepSchema(step, {
            path,
            ruleSet,
            today: '2026-12-01',
            answers: { 'subject-type': { subjectType: 'enterprise' } },
          })
          const parsed = schema.safeParse(sampleStepValues(step, n, ruleSet))
          expect(parsed.success, `${step} #${n}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
        }
      }
    }
  })
})
