import { addDays, weekday, type LocalDate } from '../dates'
import { holidayNotices, type Festival } from './holidays-cn'

// Mainland China working days: Monday to Friday, less the public holidays, plus the make-up working days (调休上班)
// on a weekend, as the State Council's yearly notices set them (holidays-cn.ts). Outside the years those notices
// cover, only weekends are off: a date counted there may come too early, and `holidaysKnown` says so.

const offDays = new Map<LocalDate, Festival>()
const makeUpDays = new Set<LocalDate>()
for (const notice of holidayNotices) {
  for (const { festival, from, to } of notice.holidays) {
    for (let day = from; day <= to; day = addDays(day, 1)) offDays.set(day, festival)
  }
  for (const day of notice.workdays) makeUpDays.add(day)
}

const years = holidayNotices.map((n) => n.year)
/** The first day the holiday data covers. */
export const holidaysKnownFrom: LocalDate = `${String(Math.min(...years))}-01-01`
/** The last day the holiday data covers: the end of the last year whose notice is published. */
export const holidaysKnownThrough: LocalDate = `${String(Math.max(...years))}-12-31`

/** The notices the holiday data comes from, for screens to cite. */
export const holidaySources: readonly {
  year: number
  title: string
  number: string
  issuedOn: LocalDate
  url: string
}[] = holidayNotices.map(({ year, title, number, issuedOn, url }) => ({ year, title, number, issuedOn, url }))

/** Whether every day from `from` through `to` (either order) is covered by the holiday data. */
export function holidaysKnown(from: LocalDate, to: LocalDate): boolean {
  const [first, last] = from <= to ? [from, to] : [to, from]
  return first >= holidaysKnownFrom && last <= holidaysKnownThrough
}

/** The festival whose break `date` falls in (a weekend inside the break included), or null. */
export function holidayOn(date: LocalDate): Festival | null {
  return offDays.get(date) ?? null
}

/** A make-up working day (调休上班) is one even on a weekend; a day of a holiday break is not, even on a weekday. */
export function isWorkingDay(date: LocalDate): boolean {
  if (makeUpDays.has(date)) return true
  if (offDays.has(date)) return false
  const day = weekday(date)
  return day !== 0 && day !== 6
}

/**
 * The date `days` working days after `date`: the day itself does not count, whatever it is, so a task submitted on
 * any day and taking 1 working day is done on the next working day. Zero or fewer days: `date` itself.
 */
export function addWorkingDays(date: LocalDate, days: number): LocalDate {
  let day = date
  for (let left = days; left > 0;) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) left -= 1
  }
  return day
}

/**
 * The latest date `s` with `addWorkingDays(s, days) <= date`: the last day to start (submit) a task of `days` working
 * days that must be done by `date`. It is the day before the `days`-th working day counted back from `date` (`date`
 * included when it is a working day), so it may fall on a weekend or a holiday: starting then is as good as starting
 * on the working day before it. Zero or fewer days: `date` itself.
 */
export function subtractWorkingDays(date: LocalDate, days: number): LocalDate {
  if (days <= 0) return date
  let counted = 0
  for (let day = date; ; day = addDays(day, -1)) {
    if (isWorkingDay(day)) counted += 1
    if (counted === days) return addDays(day, -1)
  }
}

/** How many working days fall after `from`, up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  let count = 0
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1
  return count
}

/** A date counted in working days, and whether the holidays of every day counted are known. */
export interface WorkingDayDate {
  date: LocalDate
  /** false: the span goes past `holidaysKnownThrough`; days after it counted weekends only, so `date` may be early. */
  holidaysKnown: boolean
}

/** `addWorkingDays(from, days)` with whether the count knew every holiday on the way: what a screen shows. */
export function workingDayDate(from: LocalDate, days: number): WorkingDayDate {
  const date = addWorkingDays(from, days)
  return { date, holidaysKnown: holidaysKnown(from, date) }
}
