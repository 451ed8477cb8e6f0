import { t } from '../../i18n'
import { ageOn, type LocalDate } from '../dates'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import type { SubjectType } from '../subject'
import { problem, reportProblems, type FieldProblem } from './field-problem'
import { idCardBirthDate, isValidIdCardNumber } from './gb-11643'
import {
  createIdCardNumberSchema,
  idCardNumberProblem,
  isForeignPermanentResidenceNumber,
} from './id-card-number'

/** The checks that need "today" (China's date, given by the caller) and the subject type. */
export function idCardForAdminProblem(
  value: string,
  ruleSet: RuleSet,
  today: LocalDate,
  subjectType: SubjectType,
): FieldProblem | null {
  const { adultAge, foreignPermanentResidence } = requireRuleValue(ruleSet, 'ID_CARD_NUMBER')
  if (foreignPermanentResidence !== null && isForeignPermanentResidenceNumber(value, ruleSet)) {
    if (idCardNumberProblem(value, ruleSet) !== null) return null // the structural check has spoken
    // rule: ID_CARD_NUMBER — the card only for the subject types the rule set names (an individual is a mainland
    // resident)
    if (foreignPermanentResidence.subjectTypes.includes(subjectType)) return null
    return problem(
      'ID_CARD_NUMBER',
      t('fields.idCard.foreignPermanentResidence', {
        subject: t(`terms.subjectType.${subjectType}`),
        prefix: foreignPermanentResidence.prefix,
      }),
    )
  }
  const birth = idCardBirthDate(value)
  if (!isValidIdCardNumber(value) || birth === null) return null // the structural check has spoken
  // rule: ID_CARD_NUMBER — a birth date not in the future
  if (birth > today) return problem('ID_CARD_NUMBER', t('fields.idCard.future'))
  // rule: ID_CARD_NUMBER — an individual subject's admin is the individual: 18 or older
  if (subjectType === 'individual' && ageOn(birth, today) < adultAge) {
    return problem('ID_CARD_NUMBER', t('fields.idCard.underage', { age: adultAge }))
  }
  return null
}

/** 管理员身份证 on the admin step: the number's own rules, then the birth date against today. */
export function createIdCardForAdminSchema(ruleSet: RuleSet, today: LocalDate, subjectType: SubjectType) {
  return createIdCardNumberSchema(ruleSet).check(
    reportProblems((value: string) => idCardForAdminProblem(value, ruleSet, today, subjectType)),
  )
}
