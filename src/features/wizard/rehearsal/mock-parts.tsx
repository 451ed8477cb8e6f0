import { useId, type ReactNode } from 'react'
import type { RuleId, RuleSet } from '../../../domain'
import { t } from '../../../i18n'
import { UnverifiedCaution } from '../../../ui/rules/unverified-caution'
import './messages'
import './rehearsal.css'

// The pieces every look-alike is built from: our own markup and CSS, no image, logo or markup of the platform's.
// Every control is disabled (a trainer shows it, nobody fills it in) and still has its label.

/**
 * A look-alike of one platform page: a figure named 模拟界面：…, with a visible 模拟 badge. The panel is the
 * platform's page, where nothing can be used; `notes` are ours (a trainer's note, a rule's 未核实 caution with
 * links to its sources), below the panel.
 */
export function MockFrame({
  name,
  notes,
  children,
}: {
  name: string
  notes?: ReactNode
  children: ReactNode
}) {
  return (
    <figure className="mock" aria-label={t('rehearsal.figureName', { name })}>
      <div className="mock__bar">
        <span className="mock__platform">{t('rehearsal.platform')}</span>
        <span className="mock__badge">{t('rehearsal.badge')}</span>
      </div>
      <div className="mock__panel">{children}</div>
      {notes ? <div className="mock__notes">{notes}</div> : null}
      <figcaption className="mock__caption">{t('rehearsal.caption', { name })}</figcaption>
    </figure>
  )
}

/** The page's title inside the look-alike: styled text, not a heading, so the real page's outline stays its own. */
export function MockTitle({ children }: { children: ReactNode }) {
  return <p className="mock__title">{children}</p>
}

interface MockFieldProps {
  label: string
  value: string
  hint?: string
  type?: 'text' | 'password' | 'email' | 'tel'
  /** Beside the input, inside the same row (获取验证码, the captcha picture). */
  after?: ReactNode
}

/** A label, a disabled input holding a sample value, and the platform's hint under it. */
export function MockField({ label, value, hint, type = 'text', after }: MockFieldProps) {
  const id = useId()
  return (
    <div className="mock__row">
      <label className="mock__label" htmlFor={id}>
        {label}
      </label>
      <div className="mock__control">
        <div className="mock__inline">
          <input
            id={id}
            className="mock__input"
            type={type}
            value={value}
            readOnly
            disabled
            aria-describedby={hint ? `${id}-hint` : undefined}
          />
          {after}
        </div>
        {hint ? (
          <p id={`${id}-hint`} className="mock__hint">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  )
}

/** A label and a value as the platform shows it (not a control). */
export function MockValue({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mock__row">
      <span className="mock__label">{label}</span>
      <div className="mock__control mock__value">{children}</div>
    </div>
  )
}

/** A disabled button: the platform's green primary, or its plain white one. */
export function MockButton({ primary, children }: { primary?: boolean; children: ReactNode }) {
  return (
    <button type="button" className={`mock__button${primary ? ' mock__button--primary' : ''}`} disabled>
      {children}
    </button>
  )
}

export function MockActions({ children }: { children: ReactNode }) {
  return <div className="mock__actions">{children}</div>
}

interface MockChoiceProps {
  type: 'radio' | 'checkbox'
  label: ReactNode
  checked: boolean
  /** Radios of one group share a name. */
  name?: string
  hint?: ReactNode
  children?: ReactNode
}

/** A disabled radio or checkbox with its label; a chosen one is also marked in words, not by colour alone. */
export function MockChoice({ type, label, checked, name, hint, children }: MockChoiceProps) {
  const id = useId()
  return (
    <div className={`mock__choice${checked ? ' mock__choice--checked' : ''}`}>
      <input
        id={id}
        type={type}
        name={name}
        className="mock__choice-input"
        checked={checked}
        readOnly
        disabled
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id} className="mock__choice-label">
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="mock__choice-hint">
          {hint}
        </div>
      ) : null}
      {children ? <div className="mock__choice-body">{children}</div> : null}
    </div>
  )
}

/** A group of choices under its legend (主体类型, 主体验证方式…). */
export function MockGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="mock__group" disabled>
      <legend className="mock__legend">{legend}</legend>
      {children}
    </fieldset>
  )
}

/**
 * Where the platform shows a QR code: a pattern drawn by CSS, no image and nothing to scan. Its words say what it
 * stands for; the pattern itself is hidden from assistive technology.
 */
export function QrPlaceholder({ caption }: { caption: string }) {
  return (
    <div className="mock__qr">
      <div className="mock__qr-code" aria-hidden="true">
        <span className="mock__qr-finder mock__qr-finder--tl" />
        <span className="mock__qr-finder mock__qr-finder--tr" />
        <span className="mock__qr-finder mock__qr-finder--bl" />
      </div>
      <p className="mock__qr-caption">
        {caption}
        <br />
        <span className="mock__muted">{t('rehearsal.qr')}</span>
      </p>
    </div>
  )
}

/** A rule's 未核实 caution under the look-alike, saying which of its values it is about (nothing when verified). */
export function CautionFor({ id, ruleSet, label }: { id: RuleId; ruleSet: RuleSet; label: string }) {
  if (ruleSet.rules[id].confidence !== 'unverified') return null
  return (
    <div className="mock__caution">
      <p className="mock__caution-label">{label}</p>
      <UnverifiedCaution id={id} ruleSet={ruleSet} />
    </div>
  )
}

/** Words for the trainer beside the look-alike (what the platform page does not say, but the rules do). */
export function TrainerNote({ children }: { children: ReactNode }) {
  return (
    <p className="mock__note">
      <strong>{t('rehearsal.trainerNote')}</strong> {children}
    </p>
  )
}
