import { useId, useState } from 'react'
import { createFieldSchemas, fieldHint, type RuleSet } from '../../../domain'
import { t } from '../../../i18n'
import '../../../i18n/wizard-messages'

/**
 * The optional “检查密码是否符合规则”: checked in memory as typed, never stored, sent, put in a URL or logged.
 * The input has no name and is not part of the step's form, so nothing of it reaches a draft or an answer.
 */
export function PasswordCheck({ ruleSet }: { ruleSet: RuleSet }) {
  const id = useId()
  const [value, setValue] = useState('')
  const [visible, setVisible] = useState(false)
  const result = value === '' ? null : createFieldSchemas(ruleSet).password.safeParse(value)
  const message =
    result === null ? '' : result.success ? t('wizard.password.ok') : (result.error.issues[0]?.message ?? '')
  return (
    <div className="field password-check">
      <label htmlFor={id} className="field__label">
        {t('wizard.password.label')}
      </label>
      <div id={`${id}-rule`} className="field__hint">
        {fieldHint('password', ruleSet)}
      </div>
      <div id={`${id}-hint`} className="field__hint">
        {t('wizard.password.hint')}
      </div>
      <div className="password-check__row">
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          className="field__input field__input--medium"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={`${id}-rule ${id}-hint ${id}-result`}
          data-private="password-check"
        />
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={visible}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? t('wizard.password.hide') : t('wizard.password.show')}
        </button>
      </div>
      <p
        id={`${id}-result`}
        className={`password-check__result${result && !result.success ? ' field__error' : ''}`}
        aria-live="polite"
      >
        {message}
      </p>
    </div>
  )
}
