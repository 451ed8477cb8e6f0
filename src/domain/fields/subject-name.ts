import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { characterProblem, invisibleProblem } from './characters'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { characterCount } from './text'

// Bounds of what can be a name at all (the app's, no rule states them): one character is a slip, and a
// registered name fits well within a hundred.
const shortest = 2
const longest = 100

/**
 * 主体名称, exactly as on the business licence or registration certificate. Neither full-width nor half-width
 * brackets are changed into the other: the platform compares with the registration, which this app cannot see.
 */
export function subjectNameProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { characters } = requireRuleValue(ruleSet, 'SUBJECT_NAME')
  const length = characterCount(value)
  if (length < shortest) return problem('SUBJECT_NAME', t('steps.errors.subjectNameRequired'))
  // Under every rule set: nobody types an invisible character on purpose.
  const invisible = invisibleProblem('SUBJECT_NAME', 'subjectName', value)
  if (invisible) return invisible
  // rule: SUBJECT_NAME — the characters of a registered name, where the rule set names them
  const character = characters && characterProblem('SUBJECT_NAME', 'subjectName', value, characters)
  if (character) return character
  if (length > longest) return problem('SUBJECT_NAME', t('steps.errors.subjectNameTooLong'))
  return null
}

/** 主体名称: parses to the trimmed name. */
export function createSubjectNameSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('steps.errors.subjectNameRequired') })
    .trim()
    .check(reportProblems((value: string) => subjectNameProblem(value, ruleSet)))
}
