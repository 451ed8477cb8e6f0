import { createContext, useContext, useState, type ReactNode } from 'react'
import { ErrorSummary, type SummaryError } from './error-summary'

type Report = (errors: SummaryError[]) => void

const ReportContext = createContext<Report | null>(null)

/**
 * The page's one error summary: every form inside (发布清单's task records, its launch plan, 保存到台账; 批量规划's paste and row forms) reports its
 * problems here; the summary takes focus and links each to its field. A form saved clears it.
 */
export function FormErrors({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ errors: SummaryError[]; attempt: number }>({ errors: [], attempt: 0 })
  const report: Report = (errors) => setState((s) => ({ errors, attempt: s.attempt + 1 }))
  return (
    <ReportContext.Provider value={report}>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      {children}
    </ReportContext.Provider>
  )
}

/** Reports to the page's summary; outside one (a form shown on its own), nothing. */
export function useReportErrors(): Report {
  return useContext(ReportContext) ?? noReport
}

function noReport() {}

/** A react-hook-form error map as summary items, in the order of `fields`, each linked to `${prefix}${name}`. */
export function summaryOf(
  errors: Partial<Record<string, { message?: unknown }>>,
  fields: readonly { name: string; id: string }[],
): SummaryError[] {
  return fields.flatMap((f) => {
    const message = errors[f.name]?.message
    return typeof message === 'string' && message ? [{ fieldId: f.id, message }] : []
  })
}
