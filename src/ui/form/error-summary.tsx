import { useLayoutEffect, useRef } from 'react'
import { t } from '../../i18n'

export interface SummaryError {
  /** The id of the field to focus (its first input for a group). */
  fieldId: string
  message: string
}

interface ErrorSummaryProps {
  errors: readonly SummaryError[]
  /** Changes on every failed attempt, so the summary takes focus again. */
  attempt: number
}

/**
 * The list of problems above the heading after a failed 下一步: it takes focus itself, and each item is a
 * link that moves focus to its field (GOV.UK error summary).
 */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null)

  useLayoutEffect(() => {
    if (errors.length > 0) ref.current?.focus()
  }, [attempt, errors.length])

  if (errors.length === 0) return null
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                const field = document.getElementById(error.fieldId)
                if (!field) return
                event.preventDefault()
                field.focus()
                field.scrollIntoView?.({ block: 'center' })
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
