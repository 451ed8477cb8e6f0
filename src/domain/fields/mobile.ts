import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { toHalfWidth } from './text'

// Spaces and every dash people type between digit groups: - ‐ ‑ ‒ – — ― −.
const separators = /[\s\-\u2010-\u2015\u2212]/g
const countryPrefix = /^(?:\+86|0086|86)/

/**
 * Spaces and dashes stripped, and the country prefix (+86, 0086 or 86) removed when what follows has exactly
 * the mobile number's length. Idempotent: a number that has lost its prefix cannot match again.
 */
export function normaliseMobile(value: string, length: number): string {
  const compact = toHalfWidth(value).replace(separators, '')
  const withoutPrefix = compact.replace(countryPrefix, '')
  return withoutPrefix !== compact && withoutPrefix.length === length && /^\d+$/.test(withoutPrefix)
    ? withoutPrefix
    : compact
}

export function mobileProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { length } = requireRuleValue(ruleSet, 'MOBILE')
  if (value === '') return problem('MOBILE', t('fields.mobile.required'))
  // rule: MOBILE — 11 digits starting with 1
  if (value.length !== length || !/^1\d*$/.test(value)) {
    return problem('MOBILE', t('fields.mobile.format', { length }))
  }
  // rule: MOBILE — the second digit is 3 to 9
  if (!/^1[3-9]/.test(value)) return problem('MOBILE', t('fields.mobile.prefix'))
  return null
}

/** 管理员手机: parses to the bare 11 digits. */
export function createMobileSchema(ruleSet: RuleSet) {
  const { length } = requireRuleValue(ruleSet, 'MOBILE')
  return z
    .string({ error: () => t('fields.mobile.required') })
    .overwrite((value) => normaliseMobile(value, length))
    .check(reportProblems((value: string) => mobileProblem(value, ruleSet)))
}
