import { createContext } from 'react'

/**
 * How many times the page has changed since the app loaded (0 on the first page).
 * The app shell provides it; headings use it to take focus after a change but not on first load,
 * so that a keyboard user starts at the skip link on arrival and at the new heading after each change.
 */
export const NavigationCountContext = createContext(0)
