import type { LocalDate } from '../dates'

// 'YYYY-MM-DD' strings sort as dates do, so the later of two is the greater string.

/** The latest of the dates; `null` when any is unknown (a plan finishes when its last batch does). */
export function latestDate(dates: readonly (LocalDate | null)[]): LocalDate | null {
  let latest: LocalDate | null = null
  for (const date of dates) {
    if (date === null) return null
    if (latest === null || date > latest) latest = date
  }
  return latest
}

/** The later of two known dates. */
export function laterDate(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b
}
