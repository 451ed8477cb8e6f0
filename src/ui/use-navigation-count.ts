import { useState } from 'react'
import { useLocation } from 'react-router'
import { isSamePageState } from './navigation-context'

/**
 * Counts page changes since load. A change of path or query counts; a change of hash alone does not,
 * so following the skip link (#main) does not move focus again or re-announce the page. Nor does a query
 * change made on the same path with `samePageState` (a form keeping its answers in the URL as they are typed).
 */
export function useNavigationCount(): number {
  const { pathname, search, state } = useLocation()
  const where = pathname + search
  const [seen, setSeen] = useState({ where, pathname, count: 0 })
  // Adjusting state while rendering (React's pattern for "state derived from a changed input"):
  // children render once, already with the new count.
  if (seen.where !== where) {
    const samePage = pathname === seen.pathname && isSamePageState(state)
    const count = samePage ? seen.count : seen.count + 1
    setSeen({ where, pathname, count })
    return count
  }
  return seen.count
}
