import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form'
import type { z } from 'zod'
import { t } from '../../i18n'
import { Button } from '../../ui/button'
import { SelectField, type SelectOption } from '../../ui/form/select-field'
import { TextField } from '../../ui/form/text-field'
import { summaryOf, useReportErrors } from '../../ui/form/form-errors'
import './messages'

/** One field of a task's record: a text, a date or a choice. */
export type TaskField<V> =
  | {
      name: Path<V> & string
      kind: 'text'
      label: string
      hint?: string
      width?: 'short' | 'medium' | 'long'
    }
  | { name: Path<V> & string; kind: 'date'; label: string; hint?: string }
  | {
      name: Path<V> & string
      kind: 'select'
      label: string
      options: readonly SelectOption[]
      placeholder: string
    }

interface TaskFormProps<V extends FieldValues> {
  /** The task's id: field ids are `${id}-${name}`. */
  id: string
  taskTitle: string
  fields: readonly TaskField<V>[]
  schema: z.ZodType<V, V>
  values: DefaultValues<V>
  onSave: (values: V) => Promise<void> | void
}

/**
 * What a task records (dates, a filing number, a version): checked with its zod schema on 保存, each problem
 * shown at its field and in the page's error summary, which takes focus. A quiet button: the page's primary
 * action is elsewhere.
 */
export function TaskForm<V extends FieldValues>({
  id,
  taskTitle,
  fields,
  schema,
  values,
  onSave,
}: TaskFormProps<V>) {
  const form = useForm<V>({
    resolver: zodResolver(schema),
    defaultValues: values,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const report = useReportErrors()
  const onSubmit = form.handleSubmit(
    async (v) => {
      report([])
      await onSave(v)
    },
    (errors) =>
      report(
        summaryOf(
          errors,
          fields.map((f) => ({ name: f.name, id: `${id}-${f.name}` })),
        ),
      ),
  )
  const errorOf = (name: string) => {
    const error = (form.formState.errors as Record<string, { message?: string } | undefined>)[name]
    return error?.message
  }
  return (
    <form className="task-form" noValidate onSubmit={onSubmit}>
      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`
        if (field.kind === 'select') {
          return (
            <SelectField
              key={field.name}
              id={fieldId}
              label={field.label}
              options={field.options}
              placeholder={field.placeholder}
              error={errorOf(field.name)}
              optional
              {...form.register(field.name)}
            />
          )
        }
        return (
          <TextField
            key={field.name}
            id={fieldId}
            label={field.label}
            hint={field.kind === 'date' ? (field.hint ?? t('publish.checklist.fields.dateHint')) : field.hint}
            type="text"
            inputMode={field.kind === 'date' ? 'numeric' : undefined}
            autoComplete="off"
            width={field.kind === 'date' ? 'short' : (field.width ?? 'medium')}
            error={errorOf(field.name)}
            optional
            {...form.register(field.name)}
          />
        )
      })}
      <div className="button-row">
        <Button type="submit" variant="secondary">
          {t('publish.checklist.fields.save', { task: taskTitle })}
        </Button>
      </div>
    </form>
  )
}
