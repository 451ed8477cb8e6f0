import type { ComponentProps } from 'react'
import { t } from '../../i18n'
import { describedBy, FieldError, Hint } from '../../ui/form/field-parts'
import '../../ui/form/form.css'

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

/** A labelled drop-down with its hint and inline error, for picking a record of the ledger. */
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
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional">{t('form.optional')}</span> : null}
      </label>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
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
    </div>
  )
}
