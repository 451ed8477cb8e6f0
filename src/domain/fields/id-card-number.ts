import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { hasIdCardShape, hasValidIdCardCheckChar, idCardBirthDate, isProvinceCode } from './gb-11643'
import { removeWhitespace, toHalfWidth } from './text'

/** Without spaces (people type it in groups), half-width, and a final x as X. */
export function normaliseIdCardNumber(value: string): string {
  return removeWhitespace(toHalfWidth(value)).toUpperCase()
}

/**
 * Whether a number of the right shape is a foreigner's permanent residence ID card (2023 version) that the rule
 * set accepts: its own first digit (9; a citizen's number starts with a province code, 1–8).
 */
export function isForeignPermanentResidenceNumber(value: string, ruleSet: RuleSet): boolean {
  const card = requireRuleValue(ruleSet, 'ID_CARD_NUMBER').foreignPermanentResidence
  return card !== null && value.startsWith(card.prefix)
}

/** The first structural problem of a normalised number, checked in reading order. */
export function idCardNumberProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { length } = requireRuleValue(ruleSet, 'ID_CARD_NUMBER')
  if (value === '') return problem('ID_CARD_NUMBER', t('fields.idCard.required'))
  // rule: ID_CARD_NUMBER — 18 characters, the last a digit or X
  if (value.length !== length || !hasIdCardShape(value)) {
    return problem('ID_CARD_NUMBER', t('fields.idCard.length', { length }))
  }
  // rule: ID_CARD_NUMBER — the 2023 permanent residence card: only the check character is published as the same
  // as a citizen's number (MOD 11-2); the layout of its other digits is not checked
  if (isForeignPermanentResidenceNumber(value, ruleSet)) {
    return hasValidIdCardCheckChar(value) ? null : problem('ID_CARD_NUMBER', t('fields.idCard.checkChar'))
  }
  // rule: ID_CARD_NUMBER — the region code starts with a province code
  if (!isProvinceCode(value.slice(0, 2))) return problem('ID_CARD_NUMBER', t('fields.idCard.province'))
  // rule: ID_CARD_NUMBER — a real calendar birth date
  if (idCardBirthDate(value) === null) return problem('ID_CARD_NUMBER', t('fields.idCard.birthDate'))
  // rule: ID_CARD_NUMBER — ISO 7064 MOD 11-2 check character
  if (!hasValidIdCardCheckChar(value)) return problem('ID_CARD_NUMBER', t('fields.idCard.checkChar'))
  return null
}

/**
 * 管理员身份证: parses to the normalised number. "Not born in the future" and "18 or older for an individual"
 * need today's date and the subject type: see `createIdCardForAdminSchema`.
 */
export function createIdCardNumberSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('fields.idCard.required') })
    .overwrite(normaliseIdCardNumber)
    .check(reportProblems((value: string) => idCardNumberProblem(value, ruleSet)))
}
