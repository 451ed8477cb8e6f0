import type { ComponentProps, ReactNode } from 'react'
import { describedBy, FieldShell } from './field-parts'
import './form.css'

interface TextFieldProps extends Omit<ComponentProps<'input'>, 'id'> {
  id: string
  label: string
  hint?: ReactNode
  error?: string
  optional?: boolean
  /** Width in characters, so the box hints at the expected length. */
  width?: 'short' | 'medium' | 'long'
  multiline?: false
}

/** A labelled text input with its hint and inline error (GOV.UK text input). */
export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  width = 'long',
  className,
  ...input
}: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        className={`field__input field__input--${width}${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FieldShell>
  )
}

interface TextAreaFieldProps extends Omit<ComponentProps<'textarea'>, 'id'> {
  id: string
  label: string
  hint?: ReactNode
  error?: string
}

export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        className="field__input field__textarea"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
    </FieldShell>
  )
}
