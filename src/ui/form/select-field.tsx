import type { ComponentProps } from 'react'
import { describedBy, FieldShell } from './field-parts'
import './form.css'

export interface SelectOption {
  value: string
  label: string
}

interface SelectFieldProps extends Omit<ComponentProps<'select'>, 'id'> {
  id: string
  label: string
  hint?: string
  error?: string
  options: readonly SelectOption[]
  /** The first, empty option's text: 请选择 or （不指定）. */
  placeholder: string
  optional?: boolean
}

/** A labelled drop-down with its hint and inline error (GOV.UK select). */
export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  placeholder,
  optional,
  ...select
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        id={id}
        className="field__input field__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}
