import type { ComponentProps, ReactNode } from 'react'
import { FieldError, SampleMark } from './field-parts'
import './form.css'

interface CheckboxFieldProps extends Omit<ComponentProps<'input'>, 'id' | 'type'> {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
}

/** One checkbox with its own label: a confirmation such as “我已完成这一步”. */
export function CheckboxField({ id, label, hint, error, ...input }: CheckboxFieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          className="choice__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          {...input}
        />
        <label htmlFor={id} className="choice__label">
          {label}
          <SampleMark />
        </label>
        {hint ? (
          <div id={`${id}-hint`} className="choice__hint">
            {hint}
          </div>
        ) : null}
      </div>
    </div>
  )
}
