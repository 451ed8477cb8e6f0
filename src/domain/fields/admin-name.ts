import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet, type RuleValues } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { characterCount } from './text'

type NameRule = RuleValues['ADMIN_NAME']

const han = /\p{Script=Han}/u
const latin = /[A-Za-z]/

/**
 * The name as printed on the ID card. Every dot variant becomes the middle dot, with no space around it.
 * A name with Han characters loses every space (ID cards print none: "张 三" is 张三); a Latin name keeps
 * single spaces between its parts. Idempotent.
 */
export function normaliseAdminName(value: string, rule: NameRule): string {
  const { dot, dotVariants } = rule
  // rule: ADMIN_NAME — '.', '・', '･', '．', '•' are all typed for the middle dot of names such as 买买提·艾力
  let name = dotVariants.reduce((s, variant) => s.split(variant).join(dot), value.trim())
  name = name
    .split(dot)
    .map((part) => part.trim())
    .join(dot)
  return han.test(name) ? name.replace(/\s+/g, '') : name.replace(/\s+/g, ' ')
}

/**
 * Which names are accepted (the rule book only says "exactly as on the ID card"): Han characters with the
 * middle dot (resident ID cards, minority names such as 买买提·艾力), or Latin letters with spaces and the
 * middle dot (a foreigner's permanent residence ID card prints the name in Latin capitals). Digits, other
 * symbols, and Han mixed with Latin are refused: no ID card prints them.
 */
export function adminNameProblem(value: string, rule: NameRule): FieldProblem | null {
  const { dot, maxLength } = rule
  if (value === '') return problem('ADMIN_NAME', t('fields.adminName.required'))
  const chars = [...value]
  const isHanName = chars.every((c) => c === dot || han.test(c))
  const isLatinName = chars.every((c) => c === dot || c === ' ' || latin.test(c))
  if (!isHanName && !isLatinName) {
    const mixed = han.test(value) && latin.test(value)
    // rule: ADMIN_NAME
    return problem('ADMIN_NAME', t(mixed ? 'fields.adminName.mixed' : 'fields.adminName.characters'))
  }
  const parts = value.split(dot)
  // rule: ADMIN_NAME — the dot separates parts of a name: never first, last or doubled
  if (parts.some((part) => part === '')) return problem('ADMIN_NAME', t('fields.adminName.dot'))
  const length = characterCount(value)
  // rule: ADMIN_NAME
  if (length > maxLength)
    return problem('ADMIN_NAME', t('fields.adminName.tooLong', { max: maxLength, length }))
  return null
}

/** 管理员姓名: parses to the normalised name. */
export function createAdminNameSchema(ruleSet: RuleSet) {
  const rule = requireRuleValue(ruleSet, 'ADMIN_NAME')
  return z
    .string({ error: () => t('fields.adminName.required') })
    .overwrite((value) => normaliseAdminName(value, rule))
    .check(reportProblems((value: string) => adminNameProblem(value, rule)))
}
