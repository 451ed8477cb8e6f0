import type { LocalDate, MoneyRange } from '../domain'
import { t } from '../i18n'

/** "300 元", or "0–300 元" when the amount depends on an outcome nobody can promise. */
export function formatMoney(amount: number | MoneyRange): string {
  if (typeof amount === 'number') return t('terms.money.yuan', { amount })
  if (amount.min === amount.max) return t('terms.money.yuan', { amount: amount.min })
  return t('terms.money.range', { min: amount.min, max: amount.max })
}

/** "2025年4月1日" from a date in China ('YYYY-MM-DD'). */
export function formatDate(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number)
  return t('terms.date', { year: year ?? '', month: month ?? '', day: day ?? '' })
}
