import type { LocalDate } from '../domain'

const chinaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Today's date in China (Asia/Shanghai): the "today" every domain call is given. */
export function todayInChina(now: Date = new Date()): LocalDate {
  return chinaDate.format(now)
}

/** An ISO timestamp for "last saved" and record times. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString()
}
