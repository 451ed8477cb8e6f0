import { useForm, type Resolver } from 'react-hook-form'
import {
  planColumnIds,
  planColumns,
  readPlanRow,
  subjectTypes,
  type ColumnIndex,
  type PlanColumnId,
  type RuleSet,
} from '../../domain'
import { t } from '../../i18n'
import { todayInChina } from '../../platform/clock'
import { Button } from '../../ui/button'
import { summaryOf, useReportErrors } from '../../ui/form/form-errors'
import { SelectField } from '../../ui/form/select-field'
import { TextField } from '../../ui/form/text-field'
import './messages'
import type { SheetRow } from './pipeline'

type Cells = Record<PlanColumnId, string>

const k = 'plan.page.editor' as const
const byPosition: ColumnIndex = Object.fromEntries(planColumnIds.map((id, i) => [id, i]))
const fieldId = (row: number, column: PlanColumnId) => `plan-row-${row}-${column}`

/**
 * The row's cells checked exactly as reading checked them (readPlanRow, the domain's field schemas): one
 * message per cell, in the sheet's column order. A number read valid before is kept when its cell is empty.
 */
function rowResolver(ruleSet: RuleSet, sheetRow: SheetRow): Resolver<Cells> {
  return async (values) => {
    const result = readPlanRow(
      planColumnIds.map((id) => values[id]),
      byPosition,
      ruleSet,
      todayInChina(),
      sheetRow.row,
      {
        idCard: sheetRow.idCard !== undefined && values.idCard.trim() === '',
        mobile: sheetRow.mobile !== undefined && values.mobile.trim() === '',
      },
    )
    if (result.ok) return { values, errors: {} }
    const errors: Partial<Record<PlanColumnId, { type: string; message: string }>> = {}
    for (const problem of result.problems) {
      errors[problem.column] ??= { type: 'rule', message: problem.message }
    }
    return { values: {}, errors }
  }
}

interface RowEditorProps {
  sheetRow: SheetRow
  ruleSet: RuleSet
  save: (cells: Cells) => Promise<boolean>
  close: () => void
}

/** 修改第 N 行: every cell of the row, checked by the domain's schemas; saving re-plans at once. */
export function RowEditor({ sheetRow, ruleSet, save, close }: RowEditorProps) {
  const report = useReportErrors()
  const form = useForm<Cells>({
    resolver: rowResolver(ruleSet, sheetRow),
    defaultValues: sheetRow.cells,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const { row } = sheetRow
  const errors = form.formState.errors
  const choices = (column: PlanColumnId) =>
    column === 'subjectType'
      ? subjectTypes.map((type) => t(`terms.subjectType.${type}`))
      : (['standalone', 'reuse', 'either'] as const).map((p) => t(`plan.paths.${p}`))
  const kept = (column: PlanColumnId) =>
    column === 'idCard' ? sheetRow.idCard : column === 'mobile' ? sheetRow.mobile : undefined
  const titleId = `plan-editor-${row}-title`

  return (
    <section className="plan-editor" aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1}>
        {t(`${k}.title`, { row })}
      </h3>
      <form
        noValidate
        onSubmit={form.handleSubmit(
          async (cells) => {
            report([])
            if (await save(cells)) close()
          },
          (found) =>
            report(
              summaryOf(
                found,
                planColumnIds.map((id) => ({ name: id, id: fieldId(row, id) })),
              ),
            ),
        )}
      >
        <div className="plan-editor__fields">
          {planColumns.map((column) => {
            const label = t(column.header)
            const error = errors[column.id]?.message
            if (column.id === 'subjectType' || column.id === 'path') {
              return (
                <SelectField
                  key={column.id}
                  id={fieldId(row, column.id)}
                  label={label}
                  placeholder={t(`${k}.choose`)}
                  options={choices(column.id).map((word) => ({ value: word, label: word }))}
                  error={error}
                  {...form.register(column.id)}
                />
              )
            }
            const keptNumber = kept(column.id)
            return (
              <TextField
                key={column.id}
                id={fieldId(row, column.id)}
                label={label}
                optional={!column.required}
                autoComplete="off"
                spellCheck={false}
                width={column.id === 'wishedMonth' ? 'short' : 'medium'}
                hint={keptNumber ? t(`${k}.keptNumber`, { masked: keptNumber.masked }) : undefined}
                error={error}
                {...form.register(column.id)}
              />
            )
          })}
        </div>
        <div className="button-row">
          <Button type="submit">{t(`${k}.save`)}</Button>
          <Button variant="secondary" onClick={close}>
            {t(`${k}.cancel`)}
          </Button>
        </div>
      </form>
    </section>
  )
}
