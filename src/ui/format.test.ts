import { describe, expect, it } from 'vitest'
import { formatDate, formatMoney } from './format'

describe('formatMoney', () => {
  it('shows one amount, or a range when the two ends differ', () => {
    expect(formatMoney(300)).toBe('300 元')
    expect(formatMoney({ min: 300, max: 300 })).toBe('300 元')
    expect(formatMoney({ min: 0, max: 900 })).toBe('0–900 元')
  })
})

describe('formatDate', () => {
  it('writes a date the Chinese way, without leading zeros', () => {
    expect(formatDate('2025-04-01')).toBe('2025年4月1日')
    expect(formatDate('2024-12-31')).toBe('2024年12月31日')
  })
})
