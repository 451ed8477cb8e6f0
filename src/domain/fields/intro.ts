import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { invisibleProblem } from './characters'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { characterCount, hanCount } from './text'

const loneSurrogate = /^\p{Cs}$/u

/**
 * Counted in characters, a Chinese character counting 1 (unlike the name, the rule says nothing of width). The
 * platform names no characters the intro may not hold, so none is refused for what it is, markup included
 * (shown as text, never run); an intro in Chinese is asked for where the rule set states it.
 */
export function introProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { minLength, maxLength, minHanCharacters } = requireRuleValue(ruleSet, 'MP_INTRO')
  if (value === '') return problem('MP_INTRO', t('fields.intro.required'))
  // Under every rule set: nobody types an invisible character on purpose; the intro may have several lines.
  const invisible = invisibleProblem('MP_INTRO', 'intro', value, { lineBreaks: true })
  if (invisible) return invisible
  // rule: MP_INTRO — setSignature's 53204: "且是合法的UTF8字符串"; half of a surrogate pair cannot be written as UTF-8
  const chars = [...value]
  const broken = chars.findIndex((c) => loneSurrogate.test(c))
  if (broken !== -1) {
    const code = `U+${(chars[broken]?.charCodeAt(0) ?? 0).toString(16).toUpperCase()}`
    return problem('MP_INTRO', t('fields.intro.notUtf8', { position: broken + 1, code }))
  }
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
  // rule: MP_INTRO — "至少4个字的中文描述" (setSignature), where the rule set states it
  const han = hanCount(value)
  if (minHanCharacters !== null && han < minHanCharacters) {
    return problem('MP_INTRO', t('fields.intro.tooFewHan', { min: minHanCharacters, count: han }))
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
