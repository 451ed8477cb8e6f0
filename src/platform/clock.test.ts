import { describe, expect, it } from 'vitest'
import { todayInChina } from './clock'

describe('todayInChina', () => {
  it('gives the date in Asia/Shanghai, which is ahead of UTC', () => {
    expect(todayInChina(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24')
    expect(todayInChina(new Date('2026-11-24T16:00:00Z'))).toBe('2026-11-25')
  })
})
