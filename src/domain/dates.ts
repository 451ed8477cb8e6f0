// Calendar dates of China (Asia/Shanghai) as 'YYYY-MM-DD' strings. The domain never reads a clock:
// "today" always comes in as an argument.
export type LocalDate = string

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/

function parts(date: LocalDate): [number, number, number] {
  const m = pattern.exec(date)
  if (!m) throw new Error(`Not a date: ${date}`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

function format(y: number, m: number, d: number): LocalDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function toUtc(date: LocalDate): number {
  const [y, m, d] = parts(date)
  return Date.UTC(y, m - 1, d)
}

function fromUtc(ms: number): LocalDate {
  const dt = new Date(ms)
  return format(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())
}

export function isLocalDate(value: string): boolean {
  const m = pattern.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return fromUtc(Date.UTC(y, mo - 1, d)) === value && y >= 1
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(toUtc(date) + days * 86_400_000)
}

/** The same day `months` later (earlier when negative), or the month's last day where it has no such day. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = parts(date)
  const index = y * 12 + (m - 1) + months
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1]
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return format(year, month, Math.min(d, last))
}

/** The day of the week: 0 for Sunday, 1 for Monday … 6 for Saturday. Working days are in calendar/working-days.ts. */
export function weekday(date: LocalDate): number {
  return new Date(toUtc(date)).getUTCDay()
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000)
}

/** 'YYYY-MM' of a date: quotas "per calendar month" are keyed by it. */
export function monthOf(date: LocalDate): string {
  return date.slice(0, 7)
}

/** The first day of the month `months` after the date's month (1 = next month). */
export function firstOfMonth(date: LocalDate, months = 1): LocalDate {
  const [y, m] = parts(date)
  const index = y * 12 + (m - 1) + months
  return format(Math.floor(index / 12), (index % 12) + 1, 1)
}

/** Whole years from `birth` to `on` (a birthday on 29 February counts from 1 March in other years). */
export function ageOn(birth: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = parts(birth)
  const [y, m, d] = parts(on)
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}
