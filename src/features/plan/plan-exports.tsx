import type { RuleSet, Schedule } from '../../domain'
import { t } from '../../i18n'
import { todayInChina } from '../../platform/clock'
import { Button } from '../../ui/button'
import { downloadText } from '../../ui/download'
import { calendarFileName, scheduleCalendar, scheduleCsv, scheduleFileName } from './export'
import './messages'
import type { SheetRow } from './pipeline'
import { plannedRows } from './use-plan'

const k = 'plan.page.exports' as const

/** 导出与打印: the schedule as CSV (formula-safe) and as calendar reminders, or printed. */
export function PlanExports({
  schedule,
  rows,
  ruleSet,
}: {
  schedule: Schedule
  rows: SheetRow[]
  ruleSet: RuleSet
}) {
  const today = todayInChina()
  return (
    <section aria-labelledby="plan-exports-title" className="plan-exports">
      <h2 id="plan-exports-title">{t(`${k}.title`)}</h2>
      <p>{t(`${k}.note`)}</p>
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() =>
            downloadText(
              scheduleFileName(today),
              scheduleCsv(schedule, plannedRows(rows), ruleSet),
              'text/csv;charset=utf-8',
            )
          }
        >
          {t(`${k}.csv`)}
        </Button>
        <Button
          variant="secondary"
          onClick={() =>
            downloadText(
              calendarFileName(today),
              scheduleCalendar(schedule, plannedRows(rows), new Date(), ruleSet),
              'text/calendar;charset=utf-8',
            )
          }
        >
          {t(`${k}.ics`)}
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t(`${k}.print`)}
        </Button>
      </div>
    </section>
  )
}
