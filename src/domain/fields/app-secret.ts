import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'

export function appSecretProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { hexLength } = requireRuleValue(ruleSet, 'APPSECRET')
  if (value === '') return problem('APPSECRET', t('fields.appSecret.required'))
  // rule: APPSECRET — 32 hex characters (either case: the rule names no case, and the value is never changed)
  if (value.length !== hexLength || !/^[0-9a-fA-F]+$/.test(value)) {
    return problem('APPSECRET', t('fields.appSecret.format', { hexLength }))
  }
  return null
}

/** AppSecret: checked, trimmed, never stored by the app (the caller must not persist it). */
export function createAppSecretSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('fields.appSecret.required') })
    .trim()
    .check(reportProblems((value: string) => appSecretProblem(value, ruleSet)))
}
