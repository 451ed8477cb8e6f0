import { createContext, use, type ReactNode } from 'react'
import { t } from '../../i18n'

/**
 * 演示模式: the form's values are sample data (a scenario's, or 填充示例数据). Every field's label then says 示例,
 * so nobody mistakes them for a real person's.
 */
export const SampleDataContext = createContext(false)

/** The 示例 mark beside a label while the form holds sample data. */
export function SampleMark() {
  return use(SampleDataContext) ? <span className="field__sample">{t('form.sample')}</span> : null
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="field__hint">
      {children}
    </div>
  )
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">{t('form.errorPrefix')}</span>
      {message}
    </p>
  )
}

/** The ids a control points at with aria-describedby: its hint, then its error. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

interface FieldShellProps {
  id: string
  label: string
  hint?: ReactNode
  error?: string
  optional?: boolean
  /** The control, which points at the hint and error with `describedBy(id, hint, error)`. */
  children: ReactNode
}

/** A single control's frame: its label, hint and inline error above it (GOV.UK form group). */
export function FieldShell({ id, label, hint, error, optional, children }: FieldShellProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional">{t('form.optional')}</span> : null}
        <SampleMark />
      </label>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      {children}
    </div>
  )
}
