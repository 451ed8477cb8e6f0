import { useEffect, useRef } from 'react'
import { t } from '../i18n'
import './ui.css'

type RouteAnnouncerProps = {
  /** Changes on every page change; 0 means the first page, which is not announced. */
  navigationCount: number
}

// Long enough for the new page to have set document.title and for screen readers to notice the change.
const ANNOUNCE_DELAY_MS = 100

/** A polite live region that reads out the new page's title after each page change. */
export function RouteAnnouncer({ navigationCount }: RouteAnnouncerProps) {
  const ref = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (navigationCount === 0) return
    const timer = window.setTimeout(() => {
      if (ref.current) ref.current.textContent = t('shell.announce', { title: document.title })
    }, ANNOUNCE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [navigationCount])

  return <p ref={ref} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" />
}
