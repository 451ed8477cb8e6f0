import type { LocalDate } from '../domain'

// China keeps one time, UTC+8, all year (no daylight saving since 1991), so today's date there is plain
// arithmetic. Intl.DateTimeFormat with timeZone 'Asia/Shanghai' gives the same answer, but building the first
// such formatter loads the browser's time zone data: measured at about 190 ms of a wizard step's first load in
// Chromium with the CPU throttled 4× (bench/interaction.mjs's setting), on every page that asks for today.
const chinaOffsetMs = 8 * 60 * 60 * 1000

/** Today's date in China (Asia/Shanghai): the "today" every domain call is given. */
export function todayInChina(now: Date = new Date()): LocalDate {
  return new Date(now.getTime() + chinaOffsetMs).toISOString().slice(0, 10)
}

/** An ISO timestamp for "last saved" and record times. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString()
}
