import type { DayRange, TimelineStep, WorkingDays } from '../../domain'
import { t } from '../../i18n'
import './messages'

/** "当天", "3 个工作日", "1–15 个工作日", "至少 2 个工作日（上限未说明）" or "指南未提及". */
export function daysText(days: DayRange | WorkingDays | null): string {
  if (days === null) return t('advisor.answer.timeline.days.notStated')
  if (days.max === null) return t('advisor.answer.timeline.days.atLeast', { min: days.min })
  if (days.max === 0) return t('advisor.answer.timeline.days.sameDay')
  if (days.min === days.max) return t('advisor.answer.timeline.days.exactly', { days: days.min })
  return t('advisor.answer.timeline.days.range', { min: days.min, max: days.max })
}

/** One step of a path's timeline: what happens, and how long it takes (or the deadline to do it in). */
export function timelineStepText(step: TimelineStep): { name: string; days: string } {
  const name =
    t(`advisor.answer.timeline.steps.${step.step}`, { days: step.deadlineDays ?? '' }) +
    (step.when === 'if-needed' ? t('advisor.answer.timeline.ifNeeded') : '')
  return { name, days: step.when === 'alternative' ? '' : daysText(step.workingDays) }
}
