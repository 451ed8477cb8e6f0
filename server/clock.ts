// The server's date: quotas count by calendar month in mainland China, whatever the machine's time zone. The
// browser's is src/platform/clock.ts (todayInChina), the same formatter: the import rules keep each on its side.
const shanghai = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** `now`'s date in Asia/Shanghai, as YYYY-MM-DD. */
export function shanghaiToday(now: Date): string {
  return shanghai.format(now)
}
