import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { todayInChina } from './clock'

describe('todayInChina', () => {
  it('gives the date in Asia/Shanghai, which is ahead of UTC', () => {
    expect(todayInChina(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24')
    expect(todayInChina(new Date('2026-11-24T16:00:00Z'))).toBe('2026-11-25')
    // A new year arrives in China 8 hours before it does in London.
    expect(todayInChina(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
  })

  it('agrees with the time zone database on every instant from 1992 to 2100', () => {
    const shanghai = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    const from = Date.UTC(1992, 0, 1)
    const to = Date.UTC(2100, 0, 1)
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        const now = new Date(ms)
        expect(todayInChina(now)).toBe(shanghai.format(now))
      }),
      { numRuns: 2000 },
    )
  })
})
