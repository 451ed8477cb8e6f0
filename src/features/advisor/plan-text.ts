import type { LocalDate, Plan, PlanBatch } from '../../domain'
import { t } from '../../i18n'
import { formatDate, formatMoney } from '../../ui/format'
import './messages'

export function planSplit(plan: Plan): string {
  return t('advisor.answer.plans.split', { reuse: plan.reuse, standalone: plan.standalone })
}

export function planCost(plan: Plan): string {
  return t('advisor.answer.plans.cost', { cost: formatMoney(plan.cost) })
}

/** "2025年4月1日起，复用资质注册 5 个，预计 2025年4月2日至2025年4月22日完成" */
export function batchText(batch: PlanBatch, today: LocalDate): string {
  const start = batch.startsOn === today ? t('advisor.answer.plans.today') : formatDate(batch.startsOn)
  const key = batch.path === 'reuse' ? 'batchReuse' : 'batchStandalone'
  const ready = batch.ready.latest
    ? t('advisor.answer.plans.ready', {
        earliest: formatDate(batch.ready.earliest),
        latest: formatDate(batch.ready.latest),
      })
    : t('advisor.answer.plans.readyOpen', { earliest: formatDate(batch.ready.earliest) })
  return t(`advisor.answer.plans.${key}`, { start, count: batch.count }) + ready
}

export function finishText(plan: Plan): string {
  const earliest = formatDate(plan.finish.earliest)
  return plan.finish.latest
    ? t('advisor.answer.plans.finish', { earliest, latest: formatDate(plan.finish.latest) })
    : t('advisor.answer.plans.finishOpen', { earliest })
}
