import { useId, type ReactNode } from 'react'
import './ui.css'

type NoticeProps = {
  /** Short heading for the notice; rendered as an h2 so it appears in the page outline. */
  title: string
  /** `info` is neutral; `warning` is for something that may cost money or block a step. */
  tone?: 'info' | 'warning'
  children?: ReactNode
}

/** A boxed notice. The tone shows as a border style and in the heading's words, never by colour alone. */
export function Notice({ title, tone = 'info', children }: NoticeProps) {
  const headingId = useId()
  return (
    <section className={`notice notice--${tone}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="notice__title">
        {title}
      </h2>
      {children}
    </section>
  )
}
