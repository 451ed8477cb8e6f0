import {
  certificationFee,
  type Advice,
  type PathFees,
  type PathId,
  type RuleSet,
  type SubjectType,
} from '../../domain'
import { t } from '../../i18n'
import { formatFee, formatMoney } from '../../ui/format'
import { subjectTypeName } from '../../ui/terms'
import type { AnswerContext } from './answer-context'
import { countLabel } from './questions'
import './messages'

export interface FeeCells {
  perMiniProgram: string
  /** `null` when nothing is paid before the path can start. */
  upfront: string | null
  total: string
}

export function feeCells(fees: PathFees | null): FeeCells | null {
  if (!fees) return null
  return {
    perMiniProgram: formatMoney(fees.perMiniProgram),
    upfront: fees.upfront.max > 0 ? formatMoney(fees.upfront) : null,
    total: formatMoney(fees.total),
  }
}

/**
 * rule: CERT_FEE — the subject type's fee when it is not one confirmed amount (it varies, or no source confirms
 * it): the range and the caution that go with the totals. `null` when the fee is one amount.
 */
export function feeCaution(ruleSet: RuleSet, subjectType: SubjectType): string | null {
  const fee = certificationFee(ruleSet, subjectType)
  if (fee.kind !== 'varies' && fee.kind !== 'unverified') return null
  return formatFee(fee)
}

/** The recommended path first, then the other. */
export function pathOrder(advice: Advice): PathId[] {
  return advice.recommended === 'reuse' ? ['reuse', 'standalone'] : ['standalone', 'reuse']
}

/**
 * rule: SUBJECT_TOTAL — a plan above the subject's total is wrong whatever it holds: said first, then what the
 * answer is for (the room left, or the total with none assumed held when the count is unknown).
 */
function overTotalText({ advice, situation }: AnswerContext): string[] {
  const subject = advice.subject
  if (advice.recommended === 'none' || subject === null || advice.wanted <= subject.limit) return []
  const over = t('advisor.answer.overTotal', {
    wanted: advice.wanted,
    limit: subject.limit,
    subjectType: subjectTypeName(situation.subjectType),
  })
  const answerFor =
    subject.held === null
      ? t('advisor.answer.answerForAssumed', {
          question: countLabel('subjectMiniPrograms'),
          placeable: advice.placeable,
        })
      : t('advisor.answer.answerForHeld', { held: subject.held, placeable: advice.placeable })
  return [over, answerFor]
}

/** The answer in one or two sentences: the path, how many can be placed, whether the plans below apply. */
export function recommendationText(context: AnswerContext): string {
  const { advice } = context
  const overTotal = overTotalText(context)
  const parts = [...overTotal, t(`advisor.answer.recommend.${advice.recommended}`)]
  if (overTotal.length === 0 && advice.recommended !== 'none' && advice.placeable < advice.wanted) {
    parts.push(t('advisor.answer.placeable', { wanted: advice.wanted, placeable: advice.placeable }))
  }
  if (advice.plans) parts.push(t('advisor.answer.plansPointer', { count: advice.placeable }))
  return parts.join('')
}
