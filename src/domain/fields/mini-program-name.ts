import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { characterProblem, invisibleProblem } from './characters'
import { displayWidth } from './display-width'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { removeWhitespace } from './text'

/**
 * The name's own rules. Uniqueness on the platform cannot be checked here (the form says so with
 * `fields.miniProgramName.uniqueNote`, and warns of a name used in this browser or the ledger with
 * `sameMiniProgramName`); nor can trademark proof or the 2 changes a year.
 */
export function miniProgramNameProblem(
  value: string,
  ruleSet: RuleSet,
  options: { registered?: boolean } = {},
): FieldProblem | null {
  const { minWidth, maxWidth, forbiddenWords, characters } = requireRuleValue(ruleSet, 'MP_NAME')
  if (value === '') return problem('MP_NAME', t('fields.miniProgramName.required'))
  if (!options.registered) {
    // Under every rule set: nobody types an invisible character on purpose.
    const invisible = invisibleProblem('MP_NAME', 'miniProgramName', value)
    if (invisible) return invisible
    // rule: MP_NAME — 中文、数字、英文、空格 and the symbols the rule set lists (where it lists them)
    const character = characters && characterProblem('MP_NAME', 'miniProgramName', value, characters)
    if (character) return character
  }
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

/**
 * A name the platform already registered, as the ledger records it: its characters are not judged (a name the
 * platform took is a fact, and a backup made before the character rule must still import; the CSV export
 * escapes whatever a name holds). Length and the forbidden word are checked as they always were.
 */
export function createRegisteredMiniProgramNameSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('fields.miniProgramName.required') })
    .trim()
    .check(reportProblems((value: string) => miniProgramNameProblem(value, ruleSet, { registered: true })))
}

const unseen = /[\u200b-\u200d\u2060\ufeff\u00ad]/g

/**
 * A name as two names are compared for sameness: full-width forms as half-width (NFKC), case ignored, spaces
 * trimmed and runs of spaces as one, characters nobody sees left out. The platform's own comparison is not
 * published: this one errs towards calling two names the same, since it only ever warns.
 */
export function miniProgramNameKey(name: string): string {
  return name.normalize('NFKC').replace(unseen, '').trim().replace(/\s+/gu, ' ').toLowerCase()
}

/** Whether two mini program names would read as the same name (never true of an empty one). */
export function sameMiniProgramName(a: string, b: string): boolean {
  const key = miniProgramNameKey(a)
  return key !== '' && key === miniProgramNameKey(b)
}
