import { useState } from 'react'
import { planColumns, type PlanColumnId, type RuleSet } from '../../domain'
import { joinList, t } from '../../i18n'
import { Button } from '../../ui/button'
import { FormErrors } from '../../ui/form/form-errors'
import { Notice } from '../../ui/notice'
import { PageHeading } from '../../ui/page-heading'
import { RuleSetBadge } from '../../ui/rules/rule-set-badge'
import { usePageTitle } from '../../ui/use-page-title'
import './messages'
import { PlanExports } from './plan-exports'
import { PlanInput } from './plan-input'
import { PlanTotals, ScheduleTable } from './plan-results'
import { usePlanStore, type PlanTrouble } from './plan-store'
import { RowEditor } from './row-editor'
import type { PlanSource, SheetRow } from './pipeline'
import type { SheetEncoding } from './sheet/decode'
import { usePlan } from './use-plan'
import './plan.css'

const k = 'plan.page' as const

const columnName = (id: PlanColumnId) => t(planColumns.find((c) => c.id === id)!.header)

function Trouble({
  trouble,
  retry,
}: {
  trouble: PlanTrouble
  retry: (source: PlanSource, name: string | null) => void
}) {
  let body
  if (trouble.kind === 'cancelled') body = <p>{t(`${k}.trouble.cancelled`)}</p>
  else if (trouble.kind === 'failed') body = <p>{t(`${k}.trouble.failed`)}</p>
  else if (trouble.kind === 'missing') {
    body = (
      <>
        <p>{t(`${k}.trouble.missing`, { columns: joinList(trouble.missing.map(columnName)) })}</p>
        {trouble.unknown.length > 0 ? (
          <p>{t(`${k}.trouble.unknownToo`, { columns: joinList(trouble.unknown) })}</p>
        ) : null}
      </>
    )
  } else {
    const { refusal, source } = trouble
    body = (
      <>
        <p>{refusal.message}</p>
        {refusal.reason === 'unsure' && source.kind === 'file' && refusal.previews ? (
          <>
            <ul>
              {refusal.previews.map((p) => (
                <li key={p.encoding}>
                  {t(`${k}.trouble.preview`, { encoding: encodingName(p.encoding), sample: p.sample })}
                </li>
              ))}
            </ul>
            <div className="button-row">
              {refusal.previews.map((p) => (
                <Button
                  key={p.encoding}
                  variant="secondary"
                  onClick={() => retry({ ...source, choice: p.encoding }, trouble.name)}
                >
                  {t(`${k}.trouble.readAs`, { encoding: encodingName(p.encoding) })}
                </Button>
              ))}
            </div>
          </>
        ) : null}
      </>
    )
  }
  return (
    <div role="alert">
      <Notice title={t(`${k}.trouble.title`)} tone="warning">
        {body}
      </Notice>
    </div>
  )
}

function encodingName(encoding: SheetEncoding) {
  return t(`plan.sheet.encodings.${encoding === 'utf-8-bom' ? 'utf-8' : encoding}`)
}

interface ProblemRowsProps {
  rows: SheetRow[]
  ruleSet: RuleSet
  save: ReturnType<typeof usePlan>['correctRow']
}

/** 需要修改的行: each bad row's problems, and its editor; a corrected row joins the plan at once. */
function ProblemRows({ rows, ruleSet, save }: ProblemRowsProps) {
  const [editing, setEditing] = useState<number | null>(null)
  const bad = rows.filter((r) => r.problems.length > 0)
  if (bad.length === 0) return null
  return (
    <section aria-labelledby="plan-problems-title" className="plan-problems">
      <h2 id="plan-problems-title">{t(`${k}.problems.title`, { count: bad.length })}</h2>
      <p>{t(`${k}.problems.lead`)}</p>
      <ul className="plan-problems__list">
        {bad.map((row) => (
          <li key={row.row}>
            <h3 className="plan-problems__row">{t(`${k}.problems.row`, { row: row.row })}</h3>
            <ul>
              {row.problems.map((p) => (
                <li key={p.column + p.message}>{p.message}</li>
              ))}
            </ul>
            {editing === row.row ? (
              <RowEditor
                sheetRow={row}
                ruleSet={ruleSet}
                save={async (cells) => (await save(row.row, cells))?.problems.length === 0}
                close={() => setEditing(null)}
              />
            ) : (
              <Button variant="secondary" onClick={() => setEditing(row.row)}>
                {t(`${k}.problems.fix`, { row: row.row })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** 批量规划 at /plan: a plan of registrations read, checked row by row and as a whole, scheduled by month. */
export function PlanPage() {
  const title = t(`${k}.title`)
  usePageTitle(title)
  const actions = usePlan()
  const state = usePlanStore()
  const busy = state.phase === 'reading' || state.phase === 'scheduling'
  const valid = state.rows.filter((r) => r.planned).length

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t(`${k}.lead`)}</p>
      <RuleSetBadge ruleSetId={actions.ruleSet.id} />
      <p className="plan-privacy">{t(`${k}.privacy`)}</p>
      <FormErrors>
        <PlanInput actions={actions} busy={busy} hasPlan={state.schedule !== null} />
        <div aria-live="polite" className="plan-status">
          {busy ? (
            <div className="plan-progress">
              <label htmlFor="plan-progress-bar">
                {state.phase === 'scheduling'
                  ? t(`${k}.progress.scheduling`)
                  : state.progress
                    ? t(`${k}.progress.reading`, { done: state.progress.done, total: state.progress.total })
                    : t(`${k}.progress.readingStart`)}
              </label>
              <progress
                id="plan-progress-bar"
                max={state.progress?.total || undefined}
                value={state.phase === 'reading' && state.progress ? state.progress.done : undefined}
              />
              <Button variant="secondary" onClick={actions.cancel}>
                {t(`${k}.progress.cancel`)}
              </Button>
            </div>
          ) : null}
        </div>
        {state.trouble && !busy ? (
          <Trouble
            trouble={state.trouble}
            retry={(source, name) => void actions.read(source, name).then(() => undefined)}
          />
        ) : null}
        {state.sheet ? (
          <section aria-labelledby="plan-summary-title" className="plan-summary">
            <h2 id="plan-summary-title">{t(`${k}.summary.title`)}</h2>
            <p>
              {t(`${k}.summary.read`, {
                rows: state.sheet.rows,
                valid,
                invalid: state.rows.length - valid,
              })}
            </p>
            <p>
              {state.sourceName
                ? t(`${k}.summary.source`, { name: state.sourceName })
                : t(`${k}.summary.source`, { name: t(`${k}.summary.pasted`) })}
              {state.sheet.encoding
                ? ` ${t(`${k}.summary.encoding`, { encoding: encodingName(state.sheet.encoding) })}`
                : null}
            </p>
            {state.sheet.unknown.length > 0 ? (
              <p>{t(`${k}.summary.ignored`, { columns: joinList(state.sheet.unknown) })}</p>
            ) : null}
            {state.schedule ? (
              <p>{t(state.ledgerMissing ? `${k}.summary.ledgerMissing` : `${k}.summary.ledgerUsed`)}</p>
            ) : null}
            <Button variant="secondary" onClick={actions.clear}>
              {t(`${k}.summary.clear`)}
            </Button>
          </section>
        ) : null}
        <ProblemRows rows={state.rows} ruleSet={actions.ruleSet} save={actions.correctRow} />
        {state.schedule ? (
          <>
            <PlanTotals schedule={state.schedule} />
            <ScheduleTable
              schedule={state.schedule}
              rows={state.rows}
              ruleSet={actions.ruleSet}
              save={async (row, cells) => (await actions.correctRow(row, cells))?.problems.length === 0}
            />
            <PlanExports schedule={state.schedule} rows={state.rows} ruleSet={actions.ruleSet} />
          </>
        ) : null}
      </FormErrors>
    </>
  )
}
