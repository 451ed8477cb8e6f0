import type { ReactNode } from 'react'
import {
  isCertified,
  isOrganisation,
  publishChecklist,
  type ChecklistTask,
  type LocalDate,
  type PublishProgress,
  type PublishSubject,
  type RuleSet,
} from '../../domain'
import { t } from '../../i18n'
import { CheckboxField } from '../../ui/form/checkbox-field'
import { ChoiceGroup } from '../../ui/form/choice-group'
import { TextField } from '../../ui/form/text-field'
import { Notice } from '../../ui/notice'
import { RuleLink } from '../../ui/rules/rule-link'
import { LaunchPlanSection } from './launch-plan-section'
import { useReportErrors } from '../../ui/form/form-errors'
import './messages'
import { taskDetails, withStatus, type TaskDetailProps } from './task-details'

/** What the checklist keeps on the ledger record itself rather than in its progress. */
export interface RecordFields {
  appId?: string
  name?: string
}

export interface ChecklistViewProps {
  ruleSet: RuleSet
  today: LocalDate
  subject: PublishSubject
  progress: PublishProgress
  save: (next: PublishProgress) => Promise<void>
  /** The ledger record's AppID and name, where there is a record: 开发设置 and 小程序信息 save them on it. */
  record?: RecordFields
  saveRecord?: (next: PublishProgress, fields: RecordFields) => Promise<void>
  domains: ReactNode
}

const k = 'publish.checklist' as const

function taskTitle(task: ChecklistTask['id']) {
  return t(`${k}.tasks.${task}.title`)
}

function StatusControl({ task, props }: { task: ChecklistTask; props: ChecklistViewProps }) {
  const { progress, save } = props
  // Certification is recorded application by application (its own control), never by a bare status.
  if (task.byThirdParty || task.status === 'blocked' || task.id === 'certification') return null
  // A task done by what it records (a release day, a privacy guide not needed) shows 已完成 whatever was chosen.
  const recorded = progress.tasks[task.id]?.status ?? 'not-started'
  return (
    <ChoiceGroup
      id={`status-${task.id}`}
      legend={t(`${k}.status.legend`, { task: taskTitle(task.id) })}
      type="radio"
      inline
      value={task.status === 'done' ? 'done' : recorded}
      choices={(['not-started', 'in-progress', 'done'] as const).map((value) => ({
        value,
        label: t(`${k}.status.${value}`),
      }))}
      inputProps={{
        name: `status-${task.id}`,
        onChange: (event) => {
          const value = event.currentTarget.value as 'not-started' | 'in-progress' | 'done'
          const tasks = withStatus(progress, task.id, value, props.today)
          const next: PublishProgress = { ...progress, tasks }
          if (task.id === 'release') {
            const { releasedOn: _r, ...rest } = next
            void save(value === 'done' ? { ...rest, releasedOn: props.today } : rest)
          } else void save(next)
        },
      }}
    />
  )
}

/** An organisation not certified, where the rule set lets it release all the same (CERT_BEFORE_PUBLISH). */
function uncertifiedRelease(task: ChecklistTask, props: ChecklistViewProps): boolean {
  return (
    task.status !== 'done' &&
    isOrganisation(props.subject.subjectType) &&
    !isCertified(props.subject, props.progress) &&
    task.blockers.every((b) => b.waitsOn !== 'certification')
  )
}

function TaskSection({
  task,
  props,
  reportErrors,
}: {
  task: ChecklistTask
  props: ChecklistViewProps
  reportErrors: TaskDetailProps['reportErrors']
}) {
  const Detail = taskDetails[task.id]
  const headingId = `task-${task.id}-title`
  const statusText = task.byThirdParty ? t(`${k}.status.byThirdParty`) : t(`${k}.status.${task.status}`)
  const detailProps: TaskDetailProps = {
    ruleSet: props.ruleSet,
    today: props.today,
    subject: props.subject,
    progress: props.progress,
    save: props.save,
    record: props.record,
    saveRecord: props.saveRecord,
    domains: props.domains,
    reportErrors,
  }
  return (
    <li className={`task task--${task.byThirdParty ? 'done' : task.status}`} id={`task-${task.id}`}>
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="task__title">
          {taskTitle(task.id)}
          <span className="task__status">
            {statusText}
            {task.optional && !task.byThirdParty ? ` · ${t(`${k}.status.optional`)}` : ''}
          </span>
        </h2>
        {task.blockers.length > 0 ? (
          <ul className="task__blockers">
            {task.blockers.map((blocker) => (
              <li key={`${blocker.waitsOn}-${blocker.rule}`}>
                <a href={`#task-${blocker.waitsOn}`}>
                  {t(`${k}.blockedBy`, { task: taskTitle(blocker.waitsOn) })}
                </a>{' '}
                <RuleLink id={blocker.rule} ruleSet={props.ruleSet} />
              </li>
            ))}
          </ul>
        ) : null}
        <h3 className="task__subtitle">{t(`${k}.onPlatform`)}</h3>
        <p>{t(`${k}.tasks.${task.id}.steps`)}</p>
        <p className="task__menu">{t(`${k}.menuPath`, { path: t(`${k}.tasks.${task.id}.menu`) })}</p>
        {task.id === 'certification' && task.optional ? (
          <p>{t(`${k}.tasks.certification.optional`)}</p>
        ) : null}
        {task.id === 'release' && uncertifiedRelease(task, props) ? (
          <p>{t(`${k}.tasks.release.uncertified`)}</p>
        ) : null}
        {task.rules.length > 0 ? (
          <p className="task__rules">
            {t(`${k}.rulesLabel`)}
            {task.rules.map((rule, i) => (
              <span key={rule}>
                {i > 0 ? ' ' : ''}
                <RuleLink id={rule} ruleSet={props.ruleSet} />
              </span>
            ))}
          </p>
        ) : null}
        <StatusControl task={task} props={props} />
        {task.status !== 'blocked' && !task.byThirdParty && Detail ? (
          <div className="task__details">{Detail(detailProps)}</div>
        ) : null}
      </section>
    </li>
  )
}

function ThirdParty({ props }: { props: ChecklistViewProps }) {
  const { progress, save } = props
  const on = progress.thirdParty !== undefined
  return (
    <fieldset className="fieldset third-party">
      <legend className="field__label">{t(`${k}.thirdParty.legend`)}</legend>
      <CheckboxField
        id="third-party-use"
        label={t(`${k}.thirdParty.use`)}
        hint={t(`${k}.thirdParty.hint`)}
        checked={on}
        onChange={(event) => {
          const { thirdParty: _t, ...rest } = progress
          void save(event.currentTarget.checked ? { ...rest, thirdParty: { name: '' } } : rest)
        }}
      />
      {on ? (
        <TextField
          id="third-party-name"
          label={t(`${k}.thirdParty.name`)}
          optional
          width="medium"
          defaultValue={progress.thirdParty?.name ?? ''}
          maxLength={60}
          onBlur={(event) => {
            const name = event.currentTarget.value.trim()
            if (name !== progress.thirdParty?.name) void save({ ...progress, thirdParty: { name } })
          }}
        />
      ) : null}
    </fieldset>
  )
}

/** The checklist: progress, the launch plan, the third-party branch, then each task in the platform's order. */
export function ChecklistView(props: ChecklistViewProps) {
  const checklist = publishChecklist(props.ruleSet, props.subject, props.progress)
  const reportErrors = useReportErrors()
  return (
    <>
      <p className="checklist__progress" id="checklist-progress">
        {checklist.released ? `${t(`${k}.released`)} · ` : ''}
        {t(`${k}.progress`, { done: checklist.done, total: checklist.total })}
      </p>
      {checklist.uncertifiedRelease ? (
        <Notice title={t(`${k}.released`)} tone="warning">
          <p>{t(`${k}.releasedUncertified`)}</p>
        </Notice>
      ) : null}
      <ol className="checklist-overview" aria-label={t(`${k}.overview`)}>
        {checklist.tasks.map((task) => (
          <li key={task.id}>
            <a href={`#task-${task.id}`}>{taskTitle(task.id)}</a>
            <span className={`checklist-overview__status is-${task.byThirdParty ? 'done' : task.status}`}>
              {task.byThirdParty ? t(`${k}.status.byThirdParty`) : t(`${k}.status.${task.status}`)}
            </span>
          </li>
        ))}
      </ol>
      <p className="field__hint">{t(`${k}.menuCaution`)}</p>
      <LaunchPlanSection
        ruleSet={props.ruleSet}
        today={props.today}
        subject={props.subject}
        progress={props.progress}
        checklist={checklist}
        save={props.save}
      />
      <ThirdParty props={props} />
      <ol className="checklist">
        {checklist.tasks.map((task) => (
          <TaskSection key={task.id} task={task} props={props} reportErrors={reportErrors} />
        ))}
      </ol>
    </>
  )
}
