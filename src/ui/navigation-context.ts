import { createContext } from 'react'

/**
 * How many times the page has changed since the app loaded (0 on the first page).
 * The app shell provides it; headings use it to take focus after a change but not on first load,
 * so that a keyboard user starts at the skip link on arrival and at the new heading after each change.
 */
export const NavigationCountContext = createContext(0)

/**
 * The history state of a navigation that stays on the same page: a form mirroring its answers into the query
 * (the advisor's link). Such a change is not a page change: focus stays where the user is typing.
 */
export const samePageState = { samePage: true } as const

export function isSamePageState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { samePage?: unknown }).samePage === true
}
