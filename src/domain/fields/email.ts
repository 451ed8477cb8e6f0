import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { toHalfWidth } from './text'

/** Trimmed, lower-cased; full-width characters and an IME's "。" typed for "." folded back. */
export function normaliseEmail(value: string): string {
  return toHalfWidth(value)
    .replace(/\u3002/g, '.')
    .trim()
    .toLowerCase()
}

export function emailProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { maxLength } = requireRuleValue(ruleSet, 'EMAIL_FORMAT')
  if (value === '') return problem('EMAIL_FORMAT', t('fields.email.required'))
  // rule: EMAIL_FORMAT
  if (value.length > maxLength) return problem('EMAIL_FORMAT', t('fields.email.tooLong', { max: maxLength }))
  // rule: EMAIL_FORMAT — zod's practical address pattern; EMAIL_UNIQUE is a quota check, not a field rule
  if (!z.regexes.email.test(value)) return problem('EMAIL_FORMAT', t('fields.email.format'))
  return null
}

/** 邮箱: parses to the normalised address. */
export function createEmailSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('fields.email.required') })
    .overwrite(normaliseEmail)
    .check(reportProblems((value: string) => emailProblem(value, ruleSet)))
}
