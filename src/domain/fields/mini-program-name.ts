import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { displayWidth } from './display-width'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { removeWhitespace } from './text'

/**
 * The name's own rules. Uniqueness on the platform cannot be checked here (the form says so with
 * `fields.miniProgramName.uniqueNote`); nor can trademark proof or the 2 changes a year.
 */
export function miniProgramNameProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { minWidth, maxWidth, forbiddenWords } = requireRuleValue(ruleSet, 'MP_NAME')
  if (value === '') return problem('MP_NAME', t('fields.miniProgramName.required'))
  // rule: MP_NAME — no "小程序", not even with spaces between its characters
  const compact = removeWhitespace(value)
  const word = forbiddenWords.find((w) => compact.includes(removeWhitespace(w)))
  if (word !== undefined) return problem('MP_NAME', t('fields.miniProgramName.forbiddenWord', { word }))
  const width = displayWidth(value)
  // rule: MP_NAME — at least 4, a Chinese character counting 2
  if (width < minWidth)
    return problem('MP_NAME', t('fields.miniProgramName.tooShort', { width, min: minWidth }))
  // rule: MP_NAME — at most 30, a Chinese character counting 2
  if (width > maxWidth)
    return problem('MP_NAME', t('fields.miniProgramName.tooLong', { width, max: maxWidth }))
  return null
}

/** 小程序名称: parses to the trimmed name. */
export function createMiniProgramNameSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('fields.miniProgramName.required') })
    .trim()
    .check(reportProblems((value: string) => miniProgramNameProblem(value, ruleSet)))
}
