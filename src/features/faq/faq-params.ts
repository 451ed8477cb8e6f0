import { certificationFee, firstOfMonth, ruleValue, type LocalDate, type RuleSet } from '../../domain'
import { joinList, t } from '../../i18n'
import { formatDate, formatFee } from '../../ui/format'
import { feesBySubject, ruleSummary } from '../../ui/rules/rule-text'
import { subjectTypeName } from '../../ui/terms'
import './messages'

/** The figures the answers quote, read from the active rule set (and today, for the monthly reset). */
export function faqParams(ruleSet: RuleSet, today: LocalDate) {
  const totals = ruleValue(ruleSet, 'SUBJECT_TOTAL')?.limitBySubject
  const fees = ruleValue(ruleSet, 'CERT_FEE')?.feeBySubject
  const review = ruleValue(ruleSet, 'CERT_REVIEW_TIME')
  const notStated = t('rules.notStated')
  return {
    large: totals?.enterprise ?? notStated,
    small: totals?.individual ?? notStated,
    idCard: ruleValue(ruleSet, 'ID_CARD_LIMIT')?.limit ?? notStated,
    phone: ruleValue(ruleSet, 'PHONE_LIMIT')?.limit ?? notStated,
    same: ruleValue(ruleSet, 'OA_LINK_SAME')?.limit ?? notStated,
    other: ruleValue(ruleSet, 'OA_LINK_OTHER')?.limit ?? notStated,
    nextMonth: formatDate(firstOfMonth(today)),
    fee: fees ? feesBySubject(ruleSet) : notStated,
    individualFee: fees ? formatFee(certificationFee(ruleSet, 'individual')) : notStated,
    review: review ? ruleSummary('CERT_REVIEW_TIME', ruleSet) : t('faq.questions.reviewNotStated'),
    years: ruleValue(ruleSet, 'CERT_VALIDITY')?.years ?? notStated,
    publish: ruleSummary('CERT_BEFORE_PUBLISH', ruleSet),
    types: joinList((ruleValue(ruleSet, 'REUSE_OA_TYPES')?.subjectTypes ?? []).map(subjectTypeName)),
    outcome: ruleSummary('REUSE_CERT_OUTCOME', ruleSet),
    name: ruleSummary('CERT_BEFORE_NAME', ruleSet),
    age: ruleValue(ruleSet, 'ID_CARD_NUMBER')?.adultAge ?? notStated,
    mpName: ruleSummary('MP_NAME', ruleSet),
    transfer: ruleSummary('TRANSFER_VERIFY', ruleSet),
    password: ruleSummary('PASSWORD_POLICY', ruleSet),
    rule: ruleValue(ruleSet, 'FAST_REG_ONE_AT_A_TIME')
      ? ruleSummary('FAST_REG_ONE_AT_A_TIME', ruleSet)
      : t('faq.questions.pendingNotStated'),
  }
}

export type FaqParams = ReturnType<typeof faqParams>
