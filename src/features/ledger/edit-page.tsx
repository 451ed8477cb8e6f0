import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useParams } from 'react-router'
import type { z } from 'zod'
import { t } from '../../i18n'
import type { LedgerRecord, TableName } from '../../storage/ledger'
import { Button } from '../../ui/button'
import { ErrorSummary } from '../../ui/form/error-summary'
import { Notice } from '../../ui/notice'
import { ConflictNotice } from './conflict-notice'
import { fieldId, askedFields } from './form-fields'
import { formSchema, type FormValues } from './form-schema'
import { recordPath, recordTitle, tableLabel, tableOfSlug } from './kinds'
import { LedgerFrame, LedgerNotFound, Loading } from './ledger-frame'
import { QuotaNotice } from './quota-notice'
import { RecordFormFields } from './record-form-fields'
import { toFormValues } from './record-values'
import type { SelectOption } from '../../ui/form/select-field'
import { useLedgerEnv } from './use-ledger-env'
import { useLiveQuery } from './use-live-query'
import { useRecordSave } from './use-record-save'

// A reference drop-down lists at most this many records.
const optionsAtMost = 1000

function useOptions(table: TableName) {
  const { db } = useLedgerEnv()
  const targets = [...new Set(askedFields(table).flatMap((spec) => (spec.ref ? [spec.ref] : [])))]
  return useLiveQuery(async () => {
    const entries = await Promise.all(
      targets.map(async (target) => {
        const records = await db.table<LedgerRecord, string>(target).limit(optionsAtMost).toArray()
        const options: SelectOption[] = records
          .map((record) => ({ value: record.id, label: recordTitle(target, record) }))
          .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
        return [target, options] as const
      }),
    )
    return Object.fromEntries(entries) as Partial<Record<TableName, SelectOption[]>>
  }, `options-${table}`).data
}

function EditForm({ table, record }: { table: TableName; record: LedgerRecord | undefined }) {
  const { db, ruleSet, today } = useLedgerEnv()
  const editing = record !== undefined
  const schema = useMemo(() => formSchema(table, ruleSet, editing), [table, ruleSet, editing])
  const form = useForm<FormValues>({
    resolver: zodResolver(schema as unknown as z.ZodType<FormValues, FormValues>),
    defaultValues: toFormValues(table, record, today),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const [attempt, setAttempt] = useState(0)
  const saver = useRecordSave(table, form, record)
  const options = useOptions(table)
  const live = useLiveQuery(
    async () => (record ? ((await db.table(table).get(record.id)) ?? null) : null),
    `live-${table}-${record?.id}`,
  )
  const changedElsewhere =
    saver.base &&
    live.data !== undefined &&
    (live.data as LedgerRecord | null)?.version !== saver.base.version
  const errors = askedFields(table).flatMap((spec) => {
    const message = form.formState.errors[spec.name]?.message
    return message ? [{ fieldId: fieldId(spec.name), message }] : []
  })
  const label = tableLabel(table)
  const title = record
    ? t('ledger.ui.form.titleEdit', { table: label, name: recordTitle(table, record) })
    : t('ledger.ui.form.titleNew', { table: label })
  const submit = form.handleSubmit(
    async (values) => saver.onValid(values),
    () => setAttempt((n) => n + 1),
  )
  return (
    <LedgerFrame title={title} before={<ErrorSummary errors={errors} attempt={attempt} />}>
      {table === 'admins' ? <p>{t('ledger.ui.form.identityNote')}</p> : null}
      {changedElsewhere && !saver.conflict ? (
        <Notice title={t('ledger.ui.form.conflictTitle')}>
          <p>{t('ledger.ui.form.changedElsewhere')}</p>
        </Notice>
      ) : null}
      {saver.conflict ? (
        <ConflictNotice
          table={table}
          mine={saver.conflict.mine}
          current={saver.conflict.current}
          onUseTheirs={() => saver.useTheirs((current) => form.reset(toFormValues(table, current, today)))}
          onKeepMine={() => void saver.keepMine()}
        />
      ) : null}
      <QuotaNotice findings={saver.findings} />
      {saver.refusedRole || saver.failure ? (
        <div role="alert">
          <p className="ledger__failure">{saver.failure ?? t('ledger.ui.team.role')}</p>
        </div>
      ) : null}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <RecordFormFields
          table={table}
          form={form}
          ruleSet={ruleSet}
          editing={editing}
          options={options ?? {}}
        />
        <div className="ledger__actions">
          <Button type="submit">{t('ledger.ui.form.save')}</Button>
          <Link to={record ? recordPath(table, record.id) : recordPath(table)}>
            {t('ledger.ui.form.cancel')}
          </Link>
        </div>
      </form>
    </LedgerFrame>
  )
}

function EditExisting({ table, id }: { table: TableName; id: string }) {
  const { db } = useLedgerEnv()
  // Read once: the form keeps the version it started from, so a later change elsewhere is a conflict.
  const [record] = useState(() => db.table<LedgerRecord, string>(table).get(id))
  const { data } = useLiveQuery(() => record.then((r) => r ?? null), `edit-${table}-${id}`)
  if (data === undefined)
    return (
      <LedgerFrame title={tableLabel(table)}>
        <Loading />
      </LedgerFrame>
    )
  // A mini program's or account's own email is changed on that record, never here.
  if (data === null || (table === 'emails' && 'ownerId' in data)) return <LedgerNotFound />
  return <EditForm table={table} record={data} />
}

/** 添加 or 修改 a record by hand, every field checked by the domain's schemas. */
export function EditPage() {
  const params = useParams()
  const table = tableOfSlug(params.kind)
  if (!table) return <LedgerNotFound />
  if (params.id) return <EditExisting key={`${table}-${params.id}`} table={table} id={params.id} />
  return <EditForm key={table} table={table} record={undefined} />
}
