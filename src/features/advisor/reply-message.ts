import type { AdviceReason, RuleId } from '../../domain'
import { t } from '../../i18n'
import { formatDate } from '../../ui/format'
import { ruleName } from '../../ui/rules/rule-text'
import { pathName, subjectTypeName } from '../../ui/terms'
import type { AnswerContext } from './answer-context'
import { feeCaution, feeCells, pathOrder, recommendationText } from './fee-text'
import { findingText } from './finding-text'
import { needPaths, needText } from './need-text'
import { planCost, planSplit } from './plan-text'
import { reasonText } from './reason-text'
import { situationText } from './situation-text'
import { daysText } from './timeline-text'
import './messages'

const bullet = (text: string) => t('advisor.reply.bullet', { text })
const cite = (ruleId: RuleId) => t('advisor.reply.rule', { name: ruleName(ruleId) })

function reasonLines(reasons: readonly AdviceReason[], context: AnswerContext): string[] {
  return reasons.map((r) => bullet(reasonText(r, context) + cite(r.ruleId)))
}

/** The rules the message names, each once, with the link to its entry in the rule book (id and source there). */
function ruleLines({ advice }: AnswerContext, url: string): string[] {
  const cited = [
    ...advice.reasons,
    ...(advice.alternative?.whyNot ?? []),
    ...advice.blockers,
    ...advice.warnings.filter((w) => w.severity === 'warn'),
  ].map((item) => item.ruleId)
  return [...new Set(cited)].map((id) =>
    bullet(t('advisor.reply.ruleLine', { name: ruleName(id), url: new URL(`/rules#${id}`, url).href })),
  )
}

function feeLines({ advice, ruleSet, situation }: AnswerContext): string[] {
  const caution = feeCaution(ruleSet, situation.subjectType)
  const cautionLines = caution
    ? [
        bullet(
          t('advisor.reply.feeCaution', {
            subjectType: subjectTypeName(situation.subjectType),
            fee: caution,
          }),
        ),
      ]
    : []
  const pathLines = pathOrder(advice).map((path) => {
    const cells = feeCells(advice.fees[path])
    if (!cells) return bullet(t('advisor.reply.feeUnavailable', { path: pathName(path) }))
    const params = { path: pathName(path), per: cells.perMiniProgram, total: cells.total }
    return bullet(
      cells.upfront
        ? t('advisor.reply.feeLineUpfront', { ...params, upfront: cells.upfront })
        : t('advisor.reply.feeLine', params),
    )
  })
  return [...pathLines, ...cautionLines]
}

function attentionLines({ advice }: AnswerContext): string[] {
  return [...advice.blockers, ...advice.warnings.filter((w) => w.severity === 'warn')].map((f) => {
    const { path, text, todo } = findingText(f)
    return bullet(t('advisor.reply.finding', { path, text, todo: todo ?? '' }))
  })
}

function planLines({ advice }: AnswerContext): string[] {
  const plans = advice.plans
  if (!plans) return []
  return (['cheapest', 'fastest'] as const).map((name) =>
    bullet(
      t('advisor.reply.planLine', {
        name: t(`advisor.answer.plans.${name}`),
        split: planSplit(plans[name]),
        cost: planCost(plans[name]),
      }),
    ),
  )
}

function timelineLines({ advice }: AnswerContext): string[] {
  return pathOrder(advice).flatMap((path) => {
    const timeline = advice.timeline[path]
    if (!timeline || !advice.fees[path]) return []
    return [bullet(t('advisor.reply.timelineLine', { path: pathName(path), days: daysText(timeline.total) }))]
  })
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', title, ...lines]
}

/** 复制答复: a message ready to send to the customer, with the link that shows the same answer. */
export function replyMessage(context: AnswerContext, url: string): string {
  const { advice, situation } = context
  const name = t(`rules.ruleSet.${advice.ruleSetId}`)
  const paths = needPaths(advice.needs)
  const alternative = advice.alternative
  return [
    t('advisor.reply.greeting', {
      situation: situationText(situation),
      recommendation: recommendationText(context),
    }),
    ...section(t('advisor.reply.why'), reasonLines(advice.reasons, context)),
    ...(alternative
      ? section(
          t('advisor.reply.whyNot', { path: pathName(alternative.path) }),
          reasonLines(alternative.whyNot, context),
        )
      : []),
    ...section(t('advisor.reply.fees', { name }), feeLines(context)),
    ...section(t('advisor.reply.attention'), attentionLines(context)),
    ...section(t('advisor.reply.plans'), planLines(context)),
    ...section(
      t('advisor.reply.next'),
      advice.needs.map((n, i) => t('advisor.reply.numbered', { index: i + 1, text: needText(n, paths) })),
    ),
    ...section(t('advisor.reply.timeline'), advice.recommended === 'none' ? [] : timelineLines(context)),
    ...section(t('advisor.reply.rules'), ruleLines(context, url)),
    '',
    t('advisor.reply.link', { url }),
    t('advisor.reply.footer', { date: formatDate(advice.today), name }),
  ].join('\n')
}
