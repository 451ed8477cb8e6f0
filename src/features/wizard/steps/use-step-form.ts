import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useMemo, useState } from 'react'
import { useForm, type DefaultValues, type FieldErrors, type FieldValues } from 'react-hook-form'
import type { z } from 'zod'
import { stepSchema, type StepId } from '../../../domain'
import type { SummaryError } from '../../../ui/form/error-summary'
import { useDemoHandle, useDemoPrefill } from '../demo/demo-step'
import { useCasesStore } from '../store/cases-store'
import { fieldId, type StepBodyProps } from './step-body'

function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined
  const message = (error as { message?: unknown }).message
  if (typeof message === 'string' && message !== '') return message
  for (const value of Object.values(error)) {
    const nested = firstMessage(value)
    if (nested) return nested
  }
  return undefined
}

/** react-hook-form's errors as the summary lists them: one per field, in the form's order. */
export function summaryOf<T extends FieldValues>(
  errors: FieldErrors<T>,
  order: readonly string[],
): SummaryError[] {
  const names = Object.keys(errors).sort((a, b) => order.indexOf(a) - order.indexOf(b))
  return names.flatMap((name) => {
    const message = firstMessage(errors[name])
    return message ? [{ fieldId: fieldId(name), message }] : []
  })
}

/**
 * A step's form: react-hook-form with the step's own zod schema (the one the machine checks again),
 * validated on 下一步 only, and saved as a draft while the user types: stored, except the step's private
 * fields, which the store keeps in memory only (`restored.fromMemory` says whether they were still there).
 */
export function useStepForm<Input extends FieldValues>(
  step: StepId,
  props: StepBodyProps,
  initial: Input,
  order: readonly (keyof Input & string)[],
) {
  const { item, flow, ruleSet, today } = props
  const saveDraft = useCasesStore((s) => s.saveDraft)
  const schema = useMemo(
    () => stepSchema(step, { path: flow.path, ruleSet, today, answers: flow.answers }),
    [step, flow.path, flow.answers, ruleSet, today],
  )
  const draft = item.drafts[step] as Partial<Input> | undefined
  // Read once: the form owns the values from here, and a keystroke need not re-render it through the store.
  const [restored] = useState(() => {
    const memory = useCasesStore.getState().memoryDrafts[item.id]?.[step] ?? {}
    return { draft: draft !== undefined, fromMemory: Object.keys(memory).length > 0, memory }
  })
  // 演示模式 only: the scenario's values for this step, under what was typed (a draft) and over the blanks.
  const prefill = useDemoPrefill(step)
  const form = useForm<Input>({
    resolver: zodResolver(schema as unknown as z.ZodType<Input, Input>),
    defaultValues: { ...initial, ...prefill, ...draft, ...restored.memory } as DefaultValues<Input>,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })

  const { subscribe } = form
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => saveDraft(item.id, step, values as Record<string, unknown>),
      }),
    [subscribe, item.id, step, saveDraft],
  )

  const onSubmit = form.handleSubmit(
    (values) => props.submit(values as Record<string, unknown>),
    (errors) => props.reportErrors(summaryOf(errors, order)),
  )

  useDemoHandle({
    fill: (values) => form.reset({ ...initial, ...values } as DefaultValues<Input>),
    submit: () => void onSubmit(),
  })

  const errorOf = (name: keyof Input & string): string | undefined =>
    firstMessage(form.formState.errors[name])

  return { form, onSubmit, errorOf, restored }
}
