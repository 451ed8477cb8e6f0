import { useState } from 'react'
import { useLocation } from 'react-router'

/**
 * Counts page changes since load. A change of path or query counts; a change of hash alone does not,
 * so following the skip link (#main) does not move focus again or re-announce the page.
 */
export function useNavigationCount(): number {
  const { pathname, search } = useLocation()
  const where = pathname + search
  const [seen, setSeen] = useState({ where, count: 0 })
  // Adjusting state while rendering (React's pattern for "state derived from a changed input"):
  // children render once, already with the new count.
  if (seen.where !== where) {
    setSeen({ where, count: seen.count + 1 })
    return seen.count + 1
  }
  return seen.count
}
