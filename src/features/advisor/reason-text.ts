import { ruleValue, type AdviceReason } from '../../domain'
import { joinList, t } from '../../i18n'
import { formatDate, formatFee, formatMoney } from '../../ui/format'
import { ruleName } from '../../ui/rules/rule-text'
import { subjectTypeName } from '../../ui/terms'
import type { AnswerContext } from './answer-context'
import './messages'

/** One reason for (or against) a path, in plain Chinese with its numbers. */
export function reasonText(reason: AdviceReason, { advice, situation, ruleSet }: AnswerContext): string {
  const types = ruleValue(ruleSet, 'REUSE_OA_TYPES')?.subjectTypes ?? []
  const count = reason.count ?? advice.placeable
  const rest = advice.placeable - count
  // rule: OA_LINK_SAME — "split" with nothing left for standalone means reuse spread over the months.
  const code = reason.code === 'split-needed' && rest <= 0 ? 'split-over-months' : reason.code
  return t(`advisor.answer.reasons.${code}`, {
    used: reason.used ?? '',
    limit: reason.limit ?? '',
    count,
    rest,
    wanted: advice.wanted,
    over: advice.wanted - count,
    amount: reason.amount === undefined ? '' : formatFee(reason.amount),
    date: reason.date ? formatDate(reason.date) : '',
    rule: ruleName(reason.ruleId),
    subjectType: subjectTypeName(situation.subjectType),
    types: joinList(types.map(subjectTypeName)),
    reuse: reason.costs ? formatMoney(reason.costs.reuse) : '',
    standalone: reason.costs ? formatMoney(reason.costs.standalone) : '',
  })
}
