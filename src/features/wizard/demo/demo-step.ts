import { createContext, use, useEffect, useRef, useState } from 'react'
import type { StepId } from '../../../domain'

/** What 演示模式's presenter does with a step's form: fill it with sample data, or press its 下一步. */
export interface DemoFormHandle {
  fill: (values: Record<string, unknown>) => void
  submit: () => void
}

/** 演示模式 on a wizard step: the scenario's answers to prefill, and where the step's form registers. */
export interface DemoStep {
  /** The values the scenario gives this step, prefilled into its form (sample data). */
  prefill: (step: StepId) => Record<string, unknown> | undefined
  register: (handle: DemoFormHandle | null) => void
}

/** Absent out of demo mode: the wizard's forms behave exactly as they always have. */
export const DemoStepContext = createContext<DemoStep | null>(null)

/** The scenario's values for a step's form, read once when the form is made; none out of demo mode. */
export function useDemoPrefill(step: StepId): Record<string, unknown> | undefined {
  const demo = use(DemoStepContext)
  const [values] = useState(() => demo?.prefill(step))
  return values
}

/** Registers the form with the presenter while it is shown; the handle may change on every render. */
export function useDemoHandle(handle: DemoFormHandle): void {
  const demo = use(DemoStepContext)
  const latest = useRef(handle)
  useEffect(() => {
    latest.current = handle
  })
  useEffect(() => {
    if (!demo) return
    demo.register({
      fill: (values) => latest.current.fill(values),
      submit: () => latest.current.submit(),
    })
    return () => demo.register(null)
  }, [demo])
}
