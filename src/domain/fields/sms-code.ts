import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { removeWhitespace, toHalfWidth } from './text'

export function normaliseSmsCode(value: string): string {
  return removeWhitespace(toHalfWidth(value))
}

export function smsCodeProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { length } = requireRuleValue(ruleSet, 'SMS_CODE')
  if (value === '') return problem('SMS_CODE', t('fields.smsCode.required'))
  // rule: SMS_CODE — exactly 6 digits
  if (value.length !== length || !/^\d+$/.test(value)) {
    return problem('SMS_CODE', t('fields.smsCode.format', { length }))
  }
  return null
}

/** 短信验证码: exists only on the platform and in rehearsal screens. */
export function createSmsCodeSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('fields.smsCode.required') })
    .overwrite(normaliseSmsCode)
    .check(reportProblems((value: string) => smsCodeProblem(value, ruleSet)))
}
