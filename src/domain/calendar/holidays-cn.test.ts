import { describe, expect, it } from 'vitest'
import { addDays, weekday } from '../dates'
import { holidayNotices } from './holidays-cn'
import { holidaySources, holidaysKnownFrom, holidaysKnownThrough } from './working-days'

function daysOff(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}

describe('the holiday notices', () => {
  it('cover 2024, 2025 and 2026, one notice a year, with no gap', () => {
    expect(holidayNotices.map((n) => n.year)).toEqual([2024, 2025, 2026])
    expect(holidaysKnownFrom).toBe('2024-01-01')
    expect(holidaysKnownThrough).toBe('2026-12-31')
  })

  it('cite each notice by title, number, date and its www.gov.cn page', () => {
    expect(holidaySources.map((s) => s.number)).toEqual([
      '国办发明电〔2023〕7号',
      '国办发明电〔2024〕12号',
      '国办发明电〔2025〕7号',
    ])
    for (const source of holidaySources) {
      expect(source.title).toBe(`国务院办公厅关于${String(source.year)}年部分节假日安排的通知`)
      expect(source.url).toMatch(/^https:\/\/www\.gov\.cn\/zhengce\/content\/\d{6}\/content_\d+\.htm$/)
      expect(source.issuedOn.slice(0, 4)).toBe(String(source.year - 1))
    }
  })

  it.each([
    [2024, 28], // 1 + 8 + 3 + 5 + 1 + 3 + 7, as the notice lists them
    [2025, 28], // 1 + 8 + 3 + 5 + 3 + 8
    [2026, 33], // 3 + 9 + 3 + 5 + 3 + 3 + 7
  ])('%d has %d days off in its breaks, all inside the year and none twice', (year, count) => {
    const notice = holidayNotices.find((n) => n.year === year)
    const days = notice?.holidays.flatMap(({ from, to }) => daysOff(from, to)) ?? []
    expect(days).toHaveLength(count)
    expect(new Set(days).size).toBe(count)
    for (const day of days) expect(day.slice(0, 4)).toBe(String(year))
  })

  it('make up working days only on a weekend outside every break', () => {
    const off = new Set(
      holidayNotices.flatMap((n) => n.holidays.flatMap(({ from, to }) => daysOff(from, to))),
    )
    for (const notice of holidayNotices) {
      for (const day of notice.workdays) {
        expect([0, 6]).toContain(weekday(day))
        expect(off.has(day)).toBe(false)
        expect(day.slice(0, 4)).toBe(String(notice.year))
      }
    }
  })
})
