import type { ReactNode } from 'react'
import { Button } from './button'
import './ui.css'

interface SearchPanelProps {
  /** Prefix of the heading's id. */
  id: string
  heading: string
  /** The search fields. */
  children: ReactNode
  clearLabel: string
  onClear: () => void
  /** How many are shown, read out politely as it changes. */
  status: string
}

/** A search landmark: fields that filter the page as one types, a clear button, and the count found. */
export function SearchPanel({ id, heading, children, clearLabel, onClear, status }: SearchPanelProps) {
  return (
    <div role="search" className="search-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="search-panel__heading">
        {heading}
      </h2>
      <form className="search-panel__form" onSubmit={(event) => event.preventDefault()}>
        {children}
        <Button variant="secondary" onClick={onClear}>
          {clearLabel}
        </Button>
      </form>
      <p role="status" className="search-panel__status">
        {status}
      </p>
    </div>
  )
}
