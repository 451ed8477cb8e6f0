import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { characterCount } from './text'

/** Counted in characters, a Chinese character counting 1 (unlike the name, the rule says nothing of width). */
export function introProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { minLength, maxLength } = requireRuleValue(ruleSet, 'MP_INTRO')
  if (value === '') return problem('MP_INTRO', t('fields.intro.required'))
  const length = characterCount(value)
  // rule: MP_INTRO — at least 4 characters
  if (length < minLength) return problem('MP_INTRO', t('fields.intro.tooShort', { min: minLength, length }))
  // rule: MP_INTRO — at most 120 characters
  if (length > maxLength) {
    return problem(
      'MP_INTRO',
      t('fields.intro.tooLong', { max: maxLength, length, over: length - maxLength }),
    )
  }
  return null
}

/** 介绍: parses to the trimmed text. */
export function createIntroSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('fields.intro.required') })
    .trim()
    .check(reportProblems((value: string) => introProblem(value, ruleSet)))
}
