import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, ageOn, daysBetween, firstOfMonth, isLocalDate, monthOf, weekday } from './dates'
import { localDate } from './fields/arbitraries'

// Weekdays used below, checked against a calendar: 2024-02-29 Thu, 2024-12-27 Fri, 2025-12-31 Wed,
// 2100-02-28 Sun, 2000-02-29 Tue, 2026-11-24 Tue.

const anyDate = localDate('1900-01-01', '2199-12-31')

describe('isLocalDate', () => {
  it.each([
    ['2024-02-29', true], // 2024 is a leap year
    ['2023-02-29', false],
    ['2100-02-29', false], // divisible by 100, not by 400: not a leap year
    ['2000-02-29', true], // divisible by 400: a leap year
    ['2024-02-30', false],
    ['2024-01-31', true],
    ['2024-04-31', false], // April has 30 days
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-01-32', false],
    ['0000-01-01', false],
    ['9999-12-31', true],
  ])('%s: %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected)
  })

  it.each([
    '2024-2-29',
    '24-02-29',
    '2024/02/29',
    '20240229',
    ' 2024-02-29',
    '2024-02-29 ',
    '2024-02-29T00:00',
    '',
  ])('refuses anything but YYYY-MM-DD: %j', (value) => {
    expect(isLocalDate(value)).toBe(false)
  })
})

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-01-31', 30, '2024-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2026-11-24', 0, '2026-11-24'],
    ['2026-11-24', 10, '2026-12-04'], // TRANSFER_VERIFY's 10 days from the walk's "today"
  ])('%s %+d days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })

  it('always gives a real date, and daysBetween undoes it', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        const later = addDays(date, days)
        expect(isLocalDate(later)).toBe(true)
        expect(daysBetween(date, later)).toBe(days)
        expect(addDays(later, -days)).toBe(date)
      }),
    )
  })

  it('throws on something that is not a date: a bug in the caller, not a user error', () => {
    expect(() => addDays('2024-2-1', 1)).toThrow('Not a date: 2024-2-1')
  })
})

describe('weekday', () => {
  it.each([
    ['2024-02-29', 4], // Thursday
    ['2024-12-27', 5], // Friday
    ['2025-12-31', 3], // Wednesday
    ['2100-02-28', 0], // Sunday
    ['2000-02-29', 2], // Tuesday
    ['2026-11-28', 6], // Saturday
  ])('%s is day %d of the week (0 = Sunday)', (date, day) => {
    expect(weekday(date)).toBe(day)
  })

  it('moves on by one each day and repeats every seven', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(weekday(addDays(date, 1))).toBe((weekday(date) + 1) % 7)
        expect(weekday(addDays(date, 7))).toBe(weekday(date))
      }),
    )
  })
})

describe('daysBetween', () => {
  it.each([
    ['2024-02-28', '2024-03-01', 2], // over a leap day
    ['2023-02-28', '2023-03-01', 1],
    ['2100-02-28', '2100-03-01', 1], // 2100 has no 29 February
    ['2000-02-28', '2000-03-01', 2],
    ['2024-01-01', '2025-01-01', 366],
    ['2100-01-01', '2101-01-01', 365],
    ['2000-01-01', '2001-01-01', 366],
    ['2024-12-31', '2025-01-01', 1],
    ['2025-01-01', '2024-12-31', -1],
    ['2026-11-24', '2026-11-24', 0],
  ])('from %s to %s is %d', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected)
  })
})

describe('monthOf', () => {
  it.each([
    ['2024-02-29', '2024-02'],
    ['2024-12-31', '2024-12'],
    ['2025-01-01', '2025-01'],
  ])('%s is in %s', (date, month) => {
    expect(monthOf(date)).toBe(month)
  })

  it('is the same for every day of a month and differs across a month end', () => {
    expect(monthOf('2024-01-31')).not.toBe(monthOf(addDays('2024-01-31', 1)))
    expect(monthOf('2024-02-01')).toBe(monthOf('2024-02-29'))
  })
})

describe('firstOfMonth', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-01'], // the next month's first day, not "31 February"
    ['2024-02-29', 1, '2024-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2024-12-31', 1, '2025-01-01'], // over the year end
    ['2024-12-01', 1, '2025-01-01'],
    ['2024-11-15', 2, '2025-01-01'],
    ['2024-11-15', 14, '2026-01-01'],
    ['2024-05-31', 0, '2024-05-01'], // 0: this month's first day
    ['2024-01-15', -1, '2023-12-01'], // back over the year end
    ['2024-03-31', -1, '2024-02-01'],
  ])('from %s, %d month(s) on: %s', (date, months, expected) => {
    expect(firstOfMonth(date, months)).toBe(expected)
  })

  it('defaults to the next month', () => {
    expect(firstOfMonth('2026-11-24')).toBe('2026-12-01')
  })

  it('is always the first of a month after the date, in the month after its month', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const next = firstOfMonth(date)
        expect(next.endsWith('-01')).toBe(true)
        expect(isLocalDate(next)).toBe(true)
        expect(next > date).toBe(true)
        // The day before it is still in the date's month: no month is skipped.
        expect(monthOf(addDays(next, -1))).toBe(monthOf(date))
      }),
    )
  })
})

describe('ageOn', () => {
  it.each([
    ['2008-11-24', '2026-11-24', 18], // the 18th birthday itself
    ['2008-11-25', '2026-11-24', 17], // the day before it
    ['2008-12-01', '2026-11-30', 17], // an earlier month
    ['2007-12-31', '2026-01-01', 18], // over the year end
    ['2008-01-01', '2025-12-31', 17],
    // Born on a leap day: in other years the birthday counts from 1 March.
    ['2004-02-29', '2022-02-28', 17],
    ['2004-02-29', '2022-03-01', 18],
    ['2004-02-29', '2024-02-28', 19],
    ['2004-02-29', '2024-02-29', 20],
    ['2000-02-29', '2100-02-28', 99], // 2100 has no 29 February either
    ['2000-02-29', '2100-03-01', 100],
    ['2026-11-24', '2026-11-24', 0],
  ])('born %s, on %s: %d', (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected)
  })

  it('goes up by exactly one on each birthday', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 120 }), (birth, years) => {
        const [y, md] = [Number(birth.slice(0, 4)) + years, birth.slice(4)]
        const birthday = isLocalDate(`${y}${md}`) ? `${y}${md}` : `${y}-03-01` // 29 Feb in a common year
        expect(ageOn(birth, birthday)).toBe(years)
        expect(ageOn(birth, addDays(birthday, -1))).toBe(years - 1)
      }),
    )
  })
})
