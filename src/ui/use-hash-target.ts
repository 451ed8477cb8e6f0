import { useEffect, useState } from 'react'
import { useLocation } from 'react-router'

/** The id the URL's hash names ("/rules#ID_CARD_LIMIT" → "ID_CARD_LIMIT"), or "" without one. */
export function useHashId(): string {
  const { hash } = useLocation()
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return ''
  }
}

/**
 * Deep links: brings the element the hash names into view and gives it focus (it needs tabIndex -1), on
 * arrival and each time a link to it is followed. Called by the page, so it runs after the page heading has
 * taken focus on a page change, and wins.
 */
export function useHashTarget(): void {
  const id = useHashId()
  const { key } = useLocation()
  useEffect(() => {
    if (!id) return
    const target = document.getElementById(id)
    if (!target) return
    target.scrollIntoView?.({ block: 'start' })
    target.focus({ preventScroll: true })
  }, [id, key])
}

/**
 * When a link to `#id` is followed while a filter hides that element, `reveal()` (clear the filter) so the
 * target is there to be shown. Called while rendering, before `useHashTarget`.
 */
export function useHashReveal(isShown: (id: string) => boolean, reveal: () => void): void {
  const id = useHashId()
  const { key } = useLocation()
  const [seen, setSeen] = useState(key)
  if (seen !== key) {
    setSeen(key)
    if (id && !isShown(id)) reveal()
  }
}
