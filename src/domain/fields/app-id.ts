import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'

/**
 * Not lower-cased for the user: the platform shows the AppID in lower case, so upper-case letters mean it was
 * retyped rather than copied, and the message asks to copy it.
 */
export function appIdProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { prefix, hexLength } = requireRuleValue(ruleSet, 'APPID')
  if (value === '') return problem('APPID', t('fields.appId.required'))
  const hex = value.slice(prefix.length)
  // rule: APPID — 'wx' then 16 lower-case hex characters
  if (!value.startsWith(prefix) || hex.length !== hexLength || !/^[0-9a-f]+$/.test(hex)) {
    return problem('APPID', t('fields.appId.format', { prefix, hexLength }))
  }
  return null
}

/** AppID: parses to the trimmed id. */
export function createAppIdSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('fields.appId.required') })
    .trim()
    .check(reportProblems((value: string) => appIdProblem(value, ruleSet)))
}
