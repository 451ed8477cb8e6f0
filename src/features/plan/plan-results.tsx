import { Fragment, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { Link, useNavigate } from 'react-router'
import type { PlanColumnId, PlannedRow, RowResult, RuleSet, Schedule, ScheduledRow } from '../../domain'
import { t } from '../../i18n'
import { readWizardCase, wizardCaseBase } from '../../storage/wizard-cases'
import { storageName } from '../../platform/demo-mode'
import { handToWizard } from '../../storage/wizard-handoff'
import { Button } from '../../ui/button'
import { SelectField } from '../../ui/form/select-field'
import './messages'
import { planHandoff } from './plan-handoff'
import { usePlanStore } from './plan-store'
import type { SheetRow } from './pipeline'
import {
  adviceText,
  moneyText,
  monthText,
  pathText,
  refusalTexts,
  rowFeeText,
  scheduledNotes,
  statusText,
  totalsText,
  wayOutText,
} from './result-text'
import { RowEditor } from './row-editor'

const k = 'plan.page' as const
/** Rows shown at once: a plan of thousands is paged, never drawn whole. */
export const pageSize = 50

/** 规划结果: the totals and each month's count and fee. */
export function PlanTotals({ schedule }: { schedule: Schedule }) {
  const { totals, months } = schedule
  return (
    <section aria-labelledby="plan-totals-title" className="plan-totals">
      <h2 id="plan-totals-title">{t('plan.page.totals.totalsTitle')}</h2>
      <ul className="plan-totals__list">
        {Object.values(totalsText(totals)).map((line) => (line === null ? null : <li key={line}>{line}</li>))}
      </ul>
      {months.length > 0 ? (
        <table className="plan-table plan-months">
          <caption>{t(`${k}.months.caption`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`${k}.months.month`)}</th>
              <th scope="col">{t(`${k}.months.count`)}</th>
              <th scope="col">{t(`${k}.months.standalone`)}</th>
              <th scope="col">{t(`${k}.months.reuse`)}</th>
              <th scope="col">{t(`${k}.months.fee`)}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthText(m.month)}</th>
                <td>{m.count}</td>
                <td>{m.standalone}</td>
                <td>{m.reuse}</td>
                <td>{moneyText(m.fee)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}

function Why({ result, planned, ruleSet }: { result: RowResult; planned: PlannedRow; ruleSet: RuleSet }) {
  if (result.status === 'refused') {
    const { reasons, waiting } = refusalTexts(result, ruleSet)
    return (
      <>
        <ul className="plan-why">
          {reasons.map((text) => (
            <li key={text}>{text}</li>
          ))}
          <li>{waiting}</li>
        </ul>
        {result.waysOut.length > 0 ? (
          <>
            <p className="plan-why__ways">{t('plan.page.totals.waysOut')}</p>
            <ul className="plan-why">
              {result.waysOut.map((way) => (
                <li key={way.kind + ('path' in way ? way.path : '')}>{wayOutText(way)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </>
    )
  }
  const advice = adviceText(result)
  const lines = [...scheduledNotes(result, planned, ruleSet), ...(advice ? [advice] : [])]
  if (lines.length === 0) return null
  return (
    <ul className="plan-why">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}

function Progress({ row }: { row: number }) {
  const started = usePlanStore((s) => s.started[row])
  const ledger = usePlanStore((s) => s.progressByRow[row])
  if (ledger) {
    return <Link to={`/ledger/mini-programs/${ledger.id}`}>{t(`${k}.progressStatus.${ledger.status}`)}</Link>
  }
  const registration = started ? readWizardCase(started, localStorage, storageName(wizardCaseBase)) : null
  if (registration) {
    return (
      <Link to={`/register/${registration.id}/${registration.flow.current}`}>
        {t(`${k}.progressStatus.inWizard`)}
      </Link>
    )
  }
  return <>{t(`${k}.progressStatus.none`)}</>
}

type Filter = 'all' | 'refused' | string

interface ScheduleTableProps {
  schedule: Schedule
  rows: readonly SheetRow[]
  ruleSet: RuleSet
  save: (row: number, cells: Record<PlanColumnId, string>) => Promise<boolean>
}

/** 逐行安排: every row's month, path, fee and why; 修改 re-plans, 在向导中开始 hands the row to the wizard. */
export function ScheduleTable({ schedule, rows, ruleSet, save }: ScheduleTableProps) {
  const navigate = useNavigate()
  const [filter, setFilter] = useState<Filter>('all')
  const [page, setPage] = useState(0)
  const [editing, setEditing] = useState<number | null>(null)
  // Printing (打印, or the browser's own) shows every row of the filter, not only this page's.
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
  const usage = usePlanStore((s) => s.usage)
  const byRow = new Map(rows.map((r) => [r.row, r]))
  const shown = schedule.rows.filter((r) =>
    filter === 'all'
      ? true
      : filter === 'refused'
        ? r.status === 'refused'
        : r.status === 'scheduled' && r.month === filter,
  )
  const pages = Math.max(1, Math.ceil(shown.length / pageSize))
  const current = Math.min(page, pages - 1)
  const visible = printing ? shown : shown.slice(current * pageSize, (current + 1) * pageSize)

  const start = (result: ScheduledRow) => {
    const planned = byRow.get(result.row)?.planned
    if (!planned) return
    const account = planned.officialAccount ? usage.officialAccounts[planned.officialAccount] : undefined
    handToWizard(
      planHandoff(
        planned,
        result.path,
        account,
        ruleSet.id,
        t('plan.page.table.startLabel', { row: result.row, name: planned.miniProgramName }),
        (caseId) => usePlanStore.setState((s) => ({ started: { ...s.started, [result.row]: caseId } })),
      ),
    )
    navigate('/register/new?from=plan')
  }

  return (
    <section aria-labelledby="plan-table-title" className="plan-rows">
      <h2 id="plan-table-title">{t(`${k}.table.title`)}</h2>
      <SelectField
        id="plan-filter"
        label={t(`${k}.table.filter`)}
        placeholder={t(`${k}.table.filterAll`)}
        options={[
          { value: 'refused', label: t(`${k}.table.filterRefused`) },
          ...schedule.months.map((m) => ({ value: m.month, label: monthText(m.month) })),
        ]}
        value={filter === 'all' ? '' : filter}
        onChange={(event) => {
          setFilter(event.target.value || 'all')
          setPage(0)
        }}
      />
      {visible.length === 0 ? (
        <p>{t(`${k}.table.empty`)}</p>
      ) : (
        <div className="plan-table__scroll">
          <table className="plan-table">
            <caption>
              {t(`${k}.table.caption`, {
                from: printing ? 1 : current * pageSize + 1,
                to: (printing ? 0 : current * pageSize) + visible.length,
                total: shown.length,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(`${k}.table.row`)}</th>
                <th scope="col">{t(`${k}.table.miniProgram`)}</th>
                <th scope="col">{t(`${k}.table.arrangement`)}</th>
                <th scope="col">{t(`${k}.table.why`)}</th>
                <th scope="col">{t(`${k}.table.progress`)}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((result) => {
                const sheetRow = byRow.get(result.row)
                const planned = sheetRow?.planned
                return (
                  <Fragment key={result.row}>
                    <tr className={result.status === 'refused' ? 'plan-table__refused' : undefined}>
                      <th scope="row" data-label={t(`${k}.table.row`)}>
                        {result.row}
                      </th>
                      <td data-label={t(`${k}.table.miniProgram`)}>
                        {planned?.miniProgramName}
                        <span className="plan-table__sub">{planned?.subjectName}</span>
                      </td>
                      <td data-label={t(`${k}.table.arrangement`)}>
                        {result.status === 'scheduled' ? (
                          <>
                            <span className="plan-table__main">{monthText(result.month)}</span>
                            <span className="plan-table__line">{pathText(result.path)}</span>
                            <span className="plan-table__line">{rowFeeText(result.fee)}</span>
                          </>
                        ) : (
                          <span className="plan-table__main">{statusText(result)}</span>
                        )}
                        {result.requestedPath !== (result.status === 'scheduled' ? result.path : null) ? (
                          <span className="plan-table__sub">
                            {t(`${k}.table.requested`, { path: pathText(result.requestedPath) })}
                          </span>
                        ) : null}
                      </td>
                      <td data-label={t(`${k}.table.why`)}>
                        {planned ? <Why result={result} planned={planned} ruleSet={ruleSet} /> : null}
                      </td>
                      <td data-label={t(`${k}.table.progress`)}>
                        <Progress row={result.row} />
                        <div className="plan-table__actions">
                          <Button
                            variant="secondary"
                            aria-label={t(`${k}.table.editRow`, { row: result.row })}
                            aria-expanded={editing === result.row}
                            onClick={() => setEditing(editing === result.row ? null : result.row)}
                          >
                            {t(`${k}.table.edit`)}
                          </Button>
                          {result.status === 'scheduled' ? (
                            <Button
                              variant="secondary"
                              aria-label={t(`${k}.table.startRow`, { row: result.row })}
                              onClick={() => start(result)}
                            >
                              {t(`${k}.table.start`)}
                            </Button>
                          ) : null}
                        </div>
                      </td>
                    </tr>
                    {editing === result.row && sheetRow ? (
                      <tr>
                        <td colSpan={5}>
                          <RowEditor
                            sheetRow={sheetRow}
                            ruleSet={ruleSet}
                            save={(cells) => save(result.row, cells)}
                            close={() => setEditing(null)}
                          />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav className="plan-pager" aria-label={t(`${k}.table.pager`)}>
          <Button variant="secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t(`${k}.table.previous`)}
          </Button>
          <span aria-live="polite">{t(`${k}.table.page`, { page: current + 1, pages })}</span>
          <Button variant="secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t(`${k}.table.next`)}
          </Button>
        </nav>
      ) : null}
    </section>
  )
}
