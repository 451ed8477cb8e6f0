import { zodResolver } from '@hookform/resolvers/zod'
import { useState, type ChangeEvent } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { planColumns, subjectTypes } from '../../domain'
import { joinList, t } from '../../i18n'
import { Button } from '../../ui/button'
import { summaryOf, useReportErrors } from '../../ui/form/form-errors'
import { SelectField } from '../../ui/form/select-field'
import { TextAreaField, TextField } from '../../ui/form/text-field'
import { downloadText } from '../../ui/download'
import './messages'
import { fileTooLarge, type EncodingChoice } from './sheet/decode'
import { templateCsv, templateFileName } from './sheet/template'
import { usePlanStore } from './plan-store'
import type { usePlan } from './use-plan'

const k = 'plan.page.input' as const
const planPathWords = ['standalone', 'reuse', 'either'] as const

const pasteSchema = z.object({
  text: z.string().refine((text) => text.trim() !== '', { error: () => t(`${k}.pasteEmpty`) }),
})

const encodingChoices: readonly { value: EncodingChoice; label: () => string }[] = [
  { value: 'auto', label: () => t(`${k}.encodingAuto`) },
  { value: 'utf-8', label: () => t('plan.sheet.encodings.utf-8') },
  { value: 'gb18030', label: () => t('plan.sheet.encodings.gb18030') },
]

/** 给出计划: paste cells or open a CSV file (its encoding detected, or chosen), the template, the columns. */
export function PlanInput({
  actions,
  busy,
  hasPlan,
}: {
  actions: ReturnType<typeof usePlan>
  busy: boolean
  hasPlan: boolean
}) {
  const report = useReportErrors()
  const form = useForm<{ text: string }>({
    resolver: zodResolver(pasteSchema),
    defaultValues: { text: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const [encoding, setEncoding] = useState<EncodingChoice>('auto')
  const startMonth = usePlanStore((s) => s.startMonth)

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    report([])
    const tooLarge = fileTooLarge(file.size)
    if (tooLarge) {
      actions.refuse(tooLarge, { kind: 'file', bytes: new Uint8Array(), choice: encoding }, file.name)
      return
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    await actions.read({ kind: 'file', bytes, choice: encoding }, file.name)
  }

  const columnsHelp = (
    <details className="plan-input__columns">
      <summary>{t(`${k}.columnsTitle`)}</summary>
      <dl>
        {planColumns.map((column) => (
          <div key={column.id}>
            <dt>
              {t(column.header)}
              <span className="plan-input__need">
                {t(column.required ? `${k}.required` : `${k}.optional`)}
              </span>
            </dt>
            <dd>
              {t(`${k}.columnHints.${column.id}`, {
                allowed:
                  column.id === 'subjectType'
                    ? joinList(subjectTypes.map((type) => t(`terms.subjectType.${type}`)))
                    : joinList(planPathWords.map((p) => t(`plan.paths.${p}`))),
              })}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  )

  return (
    <section aria-labelledby="plan-input-title" className="plan-input">
      <h2 id="plan-input-title">{t(`${k}.title`)}</h2>
      <p>{t(`${k}.columnsLead`)}</p>
      <div className="button-row plan-input__template">
        <Button
          variant="secondary"
          onClick={() => downloadText(templateFileName(), templateCsv(), 'text/csv;charset=utf-8')}
        >
          {t(`${k}.template`)}
        </Button>
      </div>
      {columnsHelp}
      <TextField
        id="plan-start-month"
        type="month"
        width="medium"
        label={t(`${k}.startMonth`)}
        hint={t(`${k}.startMonthHint`)}
        defaultValue={startMonth}
        disabled={busy}
        onChange={(event) => {
          if (/^\d{4}-\d{2}$/.test(event.target.value)) void actions.replan(event.target.value)
        }}
      />
      <form
        noValidate
        onSubmit={form.handleSubmit(
          async ({ text }) => {
            report([])
            // Once read, the pasted cells (full ID card and mobile numbers) are not kept in the box either.
            if (await actions.read({ kind: 'text', text }, null)) form.reset()
          },
          (errors) => report(summaryOf(errors, [{ name: 'text', id: 'plan-paste' }])),
        )}
      >
        <TextAreaField
          id="plan-paste"
          label={t(`${k}.paste`)}
          hint={t(`${k}.pasteHint`)}
          rows={6}
          spellCheck={false}
          autoComplete="off"
          className="plan-input__paste"
          error={form.formState.errors.text?.message}
          {...form.register('text')}
        />
        <div className="button-row">
          <Button type="submit" disabled={busy} variant={hasPlan ? 'secondary' : 'primary'}>
            {t(`${k}.read`)}
          </Button>
        </div>
      </form>
      <fieldset className="plan-input__file">
        <legend>{t(`${k}.fileTitle`)}</legend>
        <SelectField
          id="plan-encoding"
          label={t(`${k}.encoding`)}
          hint={t(`${k}.encodingHint`)}
          placeholder={t(`${k}.encodingAuto`)}
          options={encodingChoices
            .filter((c) => c.value !== 'auto')
            .map((c) => ({ value: c.value, label: c.label() }))}
          value={encoding === 'auto' ? '' : encoding}
          onChange={(event) => setEncoding((event.target.value || 'auto') as EncodingChoice)}
        />
        <div className="field">
          <label className="field__label" htmlFor="plan-file">
            {t(`${k}.file`)}
          </label>
          <p className="field__hint" id="plan-file-hint">
            {t(`${k}.fileHint`)}
          </p>
          <input
            id="plan-file"
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            aria-describedby="plan-file-hint"
            disabled={busy}
            onChange={(event) => void openFile(event)}
          />
        </div>
      </fieldset>
    </section>
  )
}
