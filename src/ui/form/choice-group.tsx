import type { ComponentProps, ReactNode } from 'react'
import { describedBy, FieldError, Hint, SampleMark } from './field-parts'
import './form.css'

export interface Choice {
  value: string
  label: string
  hint?: string
  disabled?: boolean
}

interface ChoiceGroupProps {
  /** The id of the group; the first option's input gets it too, so an error link can focus it. */
  id: string
  legend: string
  hint?: ReactNode
  error?: string
  type: 'radio' | 'checkbox'
  choices: readonly Choice[]
  /** The props each input gets (react-hook-form's register result, or name/onChange). */
  inputProps: Omit<ComponentProps<'input'>, 'id' | 'type' | 'value'>
  inline?: boolean
  /** For radios held in React state: the value of the checked one ('' for none). */
  value?: string
}

/**
 * One option of a group: its input, its label and its hint (described by it). Shared by `ChoiceGroup` and
 * `RecordChoice`, so an option looks and reads the same wherever it is offered.
 */
export function ChoiceItem(props: {
  inputId: string
  type: 'radio' | 'checkbox'
  choice: Choice
  inputProps: Omit<ComponentProps<'input'>, 'id' | 'type' | 'value' | 'className' | 'aria-describedby'>
}) {
  const { inputId, type, choice } = props
  return (
    <div className="choice">
      <input
        {...props.inputProps}
        id={inputId}
        type={type}
        value={choice.value}
        className="choice__input"
        aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
      />
      <label htmlFor={inputId} className="choice__label">
        {choice.label}
      </label>
      {choice.hint ? (
        <div id={`${inputId}-hint`} className="choice__hint">
          {choice.hint}
        </div>
      ) : null}
    </div>
  )
}

/** Radios or checkboxes in a fieldset with a legend, hint and inline error (GOV.UK radios / checkboxes). */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  type,
  choices,
  inputProps,
  inline,
  value,
}: ChoiceGroupProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="field__label">
          {legend}
          <SampleMark />
        </legend>
        {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
        {error ? <FieldError id={`${id}-error`} message={error} /> : null}
        <div className={`choices${inline ? ' choices--inline' : ''}`}>
          {choices.map((choice, index) => (
            <ChoiceItem
              key={choice.value}
              inputId={index === 0 ? id : `${id}-${index + 1}`}
              type={type}
              choice={choice}
              inputProps={{
                ...inputProps,
                checked: value === undefined ? undefined : value === choice.value,
                disabled: choice.disabled,
              }}
            />
          ))}
        </div>
      </fieldset>
    </div>
  )
}
