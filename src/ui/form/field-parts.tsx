import type { ReactNode } from 'react'
import { t } from '../../i18n'

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
