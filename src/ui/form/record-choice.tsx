import { useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react'
import { Button } from '../button'
import { ChoiceItem } from './choice-group'
import { describedBy, FieldError, Hint } from './field-parts'
import './form.css'
import './record-choice.css'

/** A second question before a choice that cannot be undone once recorded. */
export interface RecordConfirmation {
  title: string
  body: string
  /** The button that records it, saying what it records. */
  action: string
}

export interface RecordOption {
  value: string
  label: string
  hint?: string
  confirm?: RecordConfirmation
}

interface RecordChoiceProps {
  /** The group's id; the first option's input gets it too, so an error link can focus it. */
  id: string
  legend: string
  hint?: ReactNode
  /** Two or more are radios; a single option is a confirmation, a checkbox. */
  options: readonly RecordOption[]
  /** The value recorded so far, checked when the control first shows. */
  recorded?: string
  /** The choice selected before anything is recorded: what is expected, still to be confirmed with 记录. */
  initial?: string
  submitLabel: string
  /** Words after the button's label in its accessible name, telling it apart from another one of the page. */
  submitContext?: string
  cancelLabel: string
  /** Said, inline and to `onInvalid`, when the button is pressed with nothing chosen. */
  requiredMessage: string
  onRecord: (value: string) => void
  onInvalid?: (message: string) => void
}

/**
 * What the platform showed, recorded as a choice: radios (or one checkbox) and a secondary 记录 button, never
 * a row of buttons that look like the page's 下一步. A choice with `confirm` asks again in the page itself
 * before it is recorded: focus moves to the question, Escape or the cancel button goes back to 记录.
 */
export function RecordChoice({
  id,
  legend,
  hint,
  options,
  recorded,
  initial,
  submitLabel,
  submitContext,
  cancelLabel,
  requiredMessage,
  onRecord,
  onInvalid,
}: RecordChoiceProps) {
  const [chosen, setChosen] = useState(recorded ?? initial ?? '')
  const [error, setError] = useState<string | undefined>()
  const [asking, setAsking] = useState<RecordOption | null>(null)
  /** Set by cancel: once the question is gone, focus goes back to 记录. */
  const returnFocus = useRef(false)
  const question = useRef<HTMLParagraphElement>(null)
  const form = useRef<HTMLFormElement>(null)
  const single = options.length === 1

  useLayoutEffect(() => {
    if (asking) question.current?.focus()
  }, [asking])

  useLayoutEffect(() => {
    if (!asking && returnFocus.current) {
      returnFocus.current = false
      form.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus()
    }
  }, [asking])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const option = options.find((o) => o.value === chosen)
    if (!option) {
      setError(requiredMessage)
      onInvalid?.(requiredMessage)
      return
    }
    setError(undefined)
    if (option.confirm) setAsking(option)
    else onRecord(option.value)
  }

  const cancel = () => {
    returnFocus.current = true
    setAsking(null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      cancel()
    }
  }

  return (
    <form className="record-choice" onSubmit={submit} noValidate ref={form}>
      <div className={`field${error ? ' field--error' : ''}`}>
        <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
          <legend className="field__label">{legend}</legend>
          {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
          {error ? <FieldError id={`${id}-error`} message={error} /> : null}
          <div className="choices">
            {options.map((option, index) => (
              <ChoiceItem
                key={option.value}
                inputId={index === 0 ? id : `${id}-${index + 1}`}
                type={single ? 'checkbox' : 'radio'}
                choice={option}
                inputProps={{
                  name: id,
                  checked: chosen === option.value,
                  disabled: asking !== null,
                  onChange: (event) => {
                    setChosen(event.target.checked ? option.value : '')
                    setError(undefined)
                  },
                }}
              />
            ))}
          </div>
        </fieldset>
      </div>
      {asking?.confirm ? (
        <div
          className="record-choice__confirm"
          role="group"
          aria-labelledby={`${id}-confirm-title`}
          onKeyDown={onKeyDown}
        >
          <p id={`${id}-confirm-title`} className="record-choice__question" tabIndex={-1} ref={question}>
            {asking.confirm.title}
          </p>
          <p>{asking.confirm.body}</p>
          <div className="button-row">
            <Button
              variant="secondary"
              className="record-choice__final"
              onClick={() => {
                setAsking(null)
                onRecord(asking.value)
              }}
            >
              {asking.confirm.action}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              {cancelLabel}
            </Button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          {/* Named in full by aria-label, which starts with the visible words (WCAG 2.5.3 label in name). */}
          <Button
            type="submit"
            variant="secondary"
            aria-label={submitContext ? `${submitLabel}${submitContext}` : undefined}
          >
            {submitLabel}
          </Button>
        </div>
      )}
    </form>
  )
}
