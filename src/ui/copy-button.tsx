import { useLayoutEffect, useRef, useState } from 'react'
import { Button } from './button'
import { copyText } from './clipboard'
import './ui.css'

interface CopyButtonProps {
  /** The button's name, e.g. 复制链接. */
  label: string
  /** What is copied, worked out when the button is pressed. */
  text: () => string
  /** Shown (and announced) once copied, e.g. 已复制链接. */
  copied: string
  /** Shown when the browser refuses: the text is then offered in a box to copy by hand. */
  failed: string
  /** The label of that box. */
  manualLabel: string
  id: string
  variant?: 'primary' | 'secondary'
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string }

/** A button that copies to the clipboard and says so beside it, in a polite live region. */
export function CopyButton({ label, text, copied, failed, manualLabel, id, variant }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' })
  const manual = useRef<HTMLTextAreaElement>(null)

  useLayoutEffect(() => {
    if (state.kind !== 'failed') return
    manual.current?.focus()
    manual.current?.select()
  }, [state])

  async function copy() {
    const value = text()
    setState((await copyText(value)) ? { kind: 'copied' } : { kind: 'failed', text: value })
  }

  return (
    <div className="copy-button">
      <Button variant={variant} onClick={() => void copy()} aria-describedby={`${id}-status`}>
        {label}
      </Button>
      <span
        id={`${id}-status`}
        role="status"
        className={`copy-button__status copy-button__status--${state.kind}`}
      >
        {state.kind === 'copied' ? copied : state.kind === 'failed' ? failed : ''}
      </span>
      {state.kind === 'failed' ? (
        <div className="copy-button__manual">
          <label htmlFor={`${id}-manual`} className="copy-button__manual-label">
            {manualLabel}
          </label>
          <textarea id={`${id}-manual`} ref={manual} readOnly rows={6} value={state.text} />
        </div>
      ) : null}
    </div>
  )
}
