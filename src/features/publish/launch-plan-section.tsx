import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import {
  holidaysKnownThrough,
  launchPlan,
  type Checklist,
  type LocalDate,
  type PublishProgress,
  type PublishSubject,
  type RuleSet,
} from '../../domain'
import { t } from '../../i18n'
import { Button } from '../../ui/button'
import { TextField } from '../../ui/form/text-field'
import { formatDate } from '../../ui/format'
import { Notice } from '../../ui/notice'
import { RuleLink } from '../../ui/rules/rule-link'
import { summaryOf, useReportErrors } from '../../ui/form/form-errors'
import './messages'
import { targetFormSchema } from './task-schemas'

interface LaunchPlanSectionProps {
  ruleSet: RuleSet
  today: LocalDate
  subject: PublishSubject
  progress: PublishProgress
  checklist: Checklist
  save: (next: PublishProgress) => Promise<void>
}

const k = 'publish.plan' as const

/** 上线计划: the target day (saved with the progress), and each long task's latest start against it. */
export function LaunchPlanSection(props: LaunchPlanSectionProps) {
  const { progress, today } = props
  const form = useForm<{ target: string }>({
    resolver: zodResolver(targetFormSchema(today)),
    defaultValues: { target: progress.targetDate ?? '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const report = useReportErrors()
  const target = progress.targetDate && progress.targetDate >= today ? progress.targetDate : undefined
  const plan = target
    ? launchPlan(props.ruleSet, props.subject, progress, props.checklist, today, target)
    : null
  return (
    <section aria-labelledby="launch-plan-title" className="launch-plan">
      <h2 id="launch-plan-title">{t(`${k}.title`)}</h2>
      <p>{t(`${k}.lead`)}</p>
      <form
        noValidate
        className="launch-plan__form"
        onSubmit={form.handleSubmit(
          async ({ target: day }) => {
            report([])
            await props.save({ ...progress, targetDate: day.trim() })
          },
          (errors) => report(summaryOf(errors, [{ name: 'target', id: 'launch-target' }])),
        )}
      >
        <TextField
          id="launch-target"
          inputMode="numeric"
          autoComplete="off"
          label={t(`${k}.target`)}
          hint={t(`${k}.targetHint`)}
          width="short"
          error={form.formState.errors.target?.message}
          {...form.register('target')}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary">
            {t(`${k}.submit`)}
          </Button>
        </div>
      </form>
      {plan ? (
        <div aria-live="polite" className="launch-plan__result">
          {plan.tasks.length === 0 ? (
            <p>{t(`${k}.allDone`)}</p>
          ) : plan.realistic ? (
            <p className="launch-plan__verdict">{t(`${k}.realistic`, { target: formatDate(plan.target) })}</p>
          ) : (
            <Notice
              title={t(`${k}.notRealistic`, {
                target: formatDate(plan.target),
                earliest: formatDate(plan.earliest),
              })}
              tone="warning"
            />
          )}
          {plan.tasks.length > 0 ? (
            <table className="launch-plan__table">
              <caption>{t(`${k}.table.caption`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`${k}.table.task`)}</th>
                  <th scope="col">{t(`${k}.table.duration`)}</th>
                  <th scope="col">{t(`${k}.table.startBy`)}</th>
                  <th scope="col">{t(`${k}.table.doneBy`)}</th>
                  <th scope="col">{t(`${k}.table.state`)}</th>
                </tr>
              </thead>
              <tbody>
                {plan.tasks.map((task) => (
                  <tr key={task.id} className={task.late ? 'is-late' : undefined}>
                    <th scope="row">
                      {t(`publish.checklist.tasks.${task.id}.title`)}
                      <span className="launch-plan__rules">
                        {task.rules.map((rule) => (
                          <RuleLink key={rule} id={rule} ruleSet={props.ruleSet} />
                        ))}
                      </span>
                    </th>
                    <td data-label={t(`${k}.table.duration`)}>
                      {task.calendarDays > 0
                        ? t(`${k}.durationWithCalendar`, {
                            days: task.workingDays,
                            calendar: task.calendarDays,
                          })
                        : t(`${k}.duration`, { days: task.workingDays })}
                    </td>
                    <td data-label={t(`${k}.table.startBy`)}>
                      {task.startBy
                        ? formatDate(task.startBy)
                        : task.expectedBy
                          ? t(`${k}.startedExpected`, { date: formatDate(task.expectedBy) })
                          : ''}
                    </td>
                    <td data-label={t(`${k}.table.doneBy`)}>{formatDate(task.doneBy)}</td>
                    <td data-label={t(`${k}.table.state`)}>
                      {task.late
                        ? task.startBy
                          ? t(`${k}.lateStart`, { date: formatDate(task.startBy) })
                          : t(`${k}.late`)
                        : t(`${k}.onTime`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <p className="field__hint">
            {plan.holidaysKnown
              ? t(`${k}.holidaysKnown`)
              : t(`${k}.holidaysUnknown`, { date: formatDate(holidaysKnownThrough) })}
          </p>
        </div>
      ) : null}
    </section>
  )
}
