import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, weekday, type LocalDate } from '../dates'
import { localDate } from '../fields/arbitraries'
import {
  addWorkingDays,
  holidayOn,
  holidaysKnown,
  holidaysKnownThrough,
  isWorkingDay,
  subtractWorkingDays,
  workingDayDate,
  workingDaysBetween,
} from './working-days'

// Weekdays below checked against a calendar: 2025-01-01 Wed, 2026-01-01 Thu, 2027-01-01 Fri.

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-30', true, 'an ordinary Monday'],
    ['2026-11-28', false, 'an ordinary Saturday'],
    ['2025-01-26', true, 'a Sunday made a working day for Spring Festival 2025'],
    ['2025-02-08', true, 'a Saturday made a working day for Spring Festival 2025'],
    ['2026-02-14', true, 'a Saturday made a working day for Spring Festival 2026'],
    ['2026-01-04', true, 'a Sunday made a working day for New Year 2026'],
    ['2025-10-08', false, 'a Wednesday in the National Day break 2025'],
    ['2026-02-23', false, 'the Monday ending the Spring Festival break 2026'],
    ['2026-02-15', false, 'a Sunday inside the Spring Festival break 2026'],
    ['2027-01-01', true, 'New Year 2027, a Friday: no notice yet, so weekends only'],
    ['2027-01-02', false, 'a Saturday in 2027'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })

  it('names the festival of a day off', () => {
    expect(holidayOn('2025-10-05')).toBe('national-day-mid-autumn')
    expect(holidayOn('2026-02-18')).toBe('spring-festival')
    expect(holidayOn('2026-09-26')).toBe('mid-autumn')
    expect(holidayOn('2026-11-30')).toBeNull()
  })
})

describe('addWorkingDays', () => {
  it.each([
    // across a weekend
    ['2026-11-27', 1, '2026-11-30'], // Fri → Mon
    ['2026-11-24', 5, '2026-12-01'], // a whole working week is a calendar week
    ['2026-11-24', 15, '2026-12-15'], // CERT_REVIEW_TIME's 15 working days, no holiday on the way
    // Spring Festival 2025: 28 Jan–4 Feb off, Sun 26 Jan and Sat 8 Feb on
    ['2025-01-24', 1, '2025-01-26'], // Fri → the make-up Sunday
    ['2025-01-27', 1, '2025-02-05'], // over the whole break
    ['2025-01-27', 4, '2025-02-08'], // … and onto the make-up Saturday
    ['2025-01-27', 5, '2025-02-10'],
    // Spring Festival 2026: 15–23 Feb off, Sat 14 Feb and Sat 28 Feb on
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-02-13', 5, '2026-02-27'],
    ['2026-02-13', 6, '2026-02-28'],
    ['2026-02-13', 7, '2026-03-02'],
    // National Day 2025: 1–8 Oct off (8 days, with Mid-Autumn), Sun 28 Sep and Sat 11 Oct on
    ['2025-09-26', 1, '2025-09-28'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-09-30', 3, '2025-10-11'],
    ['2025-09-30', 4, '2025-10-13'],
    // National Day 2026: 1–7 Oct off, Sat 10 Oct on; Mid-Autumn 25–27 Sep off
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-24', 1, '2026-09-28'],
    // year ends
    ['2024-12-27', 3, '2025-01-02'], // New Year's Day 2025 off
    ['2025-12-31', 1, '2026-01-04'], // 1–3 Jan 2026 off, Sun 4 Jan on
    ['2025-12-31', 2, '2026-01-05'],
    // beyond the known years: weekends only
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-02-05', 1, '2027-02-08'],
  ])('%s + %d working days is %s', (date, days, expected) => {
    expect(addWorkingDays(date, days)).toBe(expected)
  })

  it('adds nothing for zero (or fewer) days, even from a weekend or a holiday', () => {
    expect(addWorkingDays('2026-11-24', 0)).toBe('2026-11-24')
    expect(addWorkingDays('2026-02-15', 0)).toBe('2026-02-15')
    expect(addWorkingDays('2026-11-24', -3)).toBe('2026-11-24')
  })
})

describe('subtractWorkingDays', () => {
  it.each([
    ['2026-11-27', 1, '2026-11-26'], // done Friday: start by Thursday
    ['2026-11-30', 1, '2026-11-29'], // done Monday: start by Sunday (counting starts the day after)
    ['2026-02-24', 1, '2026-02-23'], // the first working day after Spring Festival 2026
    ['2026-02-24', 2, '2026-02-13'], // … two working days back is the make-up Saturday
    ['2025-10-09', 2, '2025-09-29'], // over National Day 2025
    ['2026-01-05', 2, '2026-01-03'], // the make-up Sunday 4 Jan 2026 is the first of the two
    ['2026-01-05', 3, '2025-12-30'], // … then back over the New Year break to 31 Dec 2025
  ])('done by %s, a task of %d working days starts by %s', (date, days, expected) => {
    expect(subtractWorkingDays(date, days)).toBe(expected)
    expect(addWorkingDays(expected, days) <= date).toBe(true)
    expect(addWorkingDays(addDays(expected, 1), days) > date).toBe(true)
  })

  it('subtracts nothing for zero (or fewer) days', () => {
    expect(subtractWorkingDays('2026-02-15', 0)).toBe('2026-02-15')
    expect(subtractWorkingDays('2026-02-15', -1)).toBe('2026-02-15')
  })
})

describe('workingDaysBetween', () => {
  it.each([
    ['2026-12-01', '2026-12-31', 22], // December 2026: no holiday
    ['2025-09-30', '2025-10-08', 0], // the whole National Day break
    ['2025-09-26', '2025-10-12', 6], // 28, 29, 30 Sep; 9, 10, 11 Oct
    ['2026-02-13', '2026-02-28', 6], // 14, 24, 25, 26, 27, 28 Feb
    ['2026-11-30', '2026-11-30', 0],
    ['2026-11-30', '2026-11-01', 0], // to before from
  ])('from %s to %s: %d', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected)
  })
})

describe('holidaysKnown', () => {
  it('covers 2024 to 2026 and no further', () => {
    expect(holidaysKnownThrough).toBe('2026-12-31')
    expect(holidaysKnown('2026-12-01', '2026-12-31')).toBe(true)
    expect(holidaysKnown('2024-01-01', '2026-12-31')).toBe(true)
    expect(holidaysKnown('2026-12-01', '2027-01-04')).toBe(false)
    expect(holidaysKnown('2027-03-01', '2027-03-05')).toBe(false)
    expect(holidaysKnown('2023-12-29', '2024-01-02')).toBe(false)
  })

  it('tells a screen whether the date it shows knew every holiday', () => {
    expect(workingDayDate('2026-12-01', 15)).toEqual({ date: '2026-12-22', holidaysKnown: true })
    expect(workingDayDate('2026-12-20', 15)).toEqual({ date: '2027-01-08', holidaysKnown: false })
  })
})

// Dates around the known years, so that many spans cross a holiday, a make-up day or the end of the data.
const date = localDate('2023-11-01', '2027-03-31')
const days = fc.integer({ min: 1, max: 40 })

function spanKind(from: LocalDate, to: LocalDate): string {
  if (!holidaysKnown(from, to)) return 'goes beyond the known years'
  let holiday = false
  let makeUp = false
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (holidayOn(day) && weekday(day) !== 0 && weekday(day) !== 6) holiday = true
    if (isWorkingDay(day) && (weekday(day) === 0 || weekday(day) === 6)) makeUp = true
  }
  if (holiday && makeUp) return 'crosses a holiday and a make-up day'
  if (holiday) return 'crosses a holiday'
  if (makeUp) return 'crosses a make-up day'
  return 'weekends only'
}

describe('working days, as properties', () => {
  it('runs over spans that cross holidays and make-up days', () => {
    const lines: string[] = []
    fc.statistics(fc.tuple(date, days), ([from, n]) => spanKind(from, addWorkingDays(from, n)), {
      numRuns: 2000,
      logger: (line) => lines.push(line),
    })
    console.info(lines.join('\n'))
    // each line reads "crosses a holiday.....7.30%": add up the lines that carry the label
    const share = (label: string) =>
      lines
        .filter((line) => line.includes(label))
        .reduce((sum, line) => sum + Number(/(\d+(?:\.\d+)?)%$/.exec(line)?.[1] ?? 0), 0)
    expect(share('crosses a holiday')).toBeGreaterThan(10)
    expect(share('make-up day')).toBeGreaterThan(10)
    expect(share('beyond the known years')).toBeGreaterThan(5)
  })

  it('lands on a working day after exactly that many working days', () => {
    fc.assert(
      fc.property(date, days, (from, n) => {
        const end = addWorkingDays(from, n)
        expect(isWorkingDay(end)).toBe(true)
        expect(workingDaysBetween(from, end)).toBe(n)
        expect(workingDaysBetween(from, addDays(end, -1))).toBe(n - 1)
      }),
    )
  })

  it('is monotone in the start date and in the number of days', () => {
    fc.assert(
      fc.property(date, date, days, days, (a, b, n, m) => {
        const [early, late] = a <= b ? [a, b] : [b, a]
        expect(addWorkingDays(early, n) <= addWorkingDays(late, n)).toBe(true)
        const [few, many] = n <= m ? [n, m] : [m, n]
        expect(addWorkingDays(a, few) <= addWorkingDays(a, many)).toBe(true)
        if (few < many) expect(addWorkingDays(a, few) < addWorkingDays(a, many)).toBe(true)
      }),
    )
  })

  it('subtracts to the latest start that still finishes by the date', () => {
    fc.assert(
      fc.property(date, days, (by, n) => {
        const start = subtractWorkingDays(by, n)
        expect(addWorkingDays(start, n) <= by).toBe(true)
        expect(addWorkingDays(addDays(start, 1), n) > by).toBe(true)
      }),
    )
  })

  it('round-trips: adding then subtracting never starts earlier, and finishes on the same day', () => {
    fc.assert(
      fc.property(date, days, (from, n) => {
        const end = addWorkingDays(from, n)
        const start = subtractWorkingDays(end, n)
        expect(start >= from).toBe(true)
        expect(addWorkingDays(start, n)).toBe(end)
        // the latest start is the eve of the first working day after `from`: `from` itself when that is the next day
        expect(start).toBe(addDays(addWorkingDays(from, 1), -1))
      }),
    )
  })
})
