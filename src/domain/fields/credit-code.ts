import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { isCreditCodeCharacter, isValidCreditCode } from './gb-32100'
import { removeWhitespace, toHalfWidth } from './text'

/** Without spaces, half-width, upper-case. */
export function normaliseCreditCode(value: string): string {
  return removeWhitespace(toHalfWidth(value)).toUpperCase()
}

/**
 * An 18-character unified social credit code, or a legacy 15-digit business registration number. Only the
 * former's check character is verified: the rule book asks only for 15 digits of the legacy number.
 */
export function creditCodeProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { length, legacyLength } = requireRuleValue(ruleSet, 'CREDIT_CODE')
  if (value === '') return problem('CREDIT_CODE', t('fields.creditCode.required'))
  if (value.length === legacyLength) {
    // rule: CREDIT_CODE — legacy registration number: digits only
    return /^\d+$/.test(value)
      ? null
      : problem('CREDIT_CODE', t('fields.creditCode.legacyDigits', { legacyLength }))
  }
  // rule: CREDIT_CODE
  if (value.length !== length)
    return problem('CREDIT_CODE', t('fields.creditCode.length', { length, legacyLength }))
  // rule: CREDIT_CODE — GB 32100 alphabet
  if (![...value].every(isCreditCodeCharacter))
    return problem('CREDIT_CODE', t('fields.creditCode.characters'))
  // rule: CREDIT_CODE — GB 32100 check character
  if (!isValidCreditCode(value)) return problem('CREDIT_CODE', t('fields.creditCode.checkChar'))
  return null
}

/** 统一社会信用代码 / 营业执照注册号: parses to the normalised code. */
export function createCreditCodeSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('fields.creditCode.required') })
    .overwrite(normaliseCreditCode)
    .check(reportProblems((value: string) => creditCodeProblem(value, ruleSet)))
}
