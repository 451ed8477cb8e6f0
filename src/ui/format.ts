import type { CertificationFee, LocalDate, MoneyRange } from '../domain'
import { t } from '../i18n'

/** "300 元", or "0–300 元" when the amount depends on an outcome nobody can promise. */
export function formatMoney(amount: number | MoneyRange): string {
  if (typeof amount === 'number') return t('terms.money.yuan', { amount })
  if (amount.min === amount.max) return t('terms.money.yuan', { amount: amount.min })
  return t('terms.money.range', { min: amount.min, max: amount.max })
}

/**
 * rule: CERT_FEE — a certification fee as the rule set can say it: "300 元", "免费", a range for a subject type
 * whose fee varies, or a caution where no source confirms the amount; never one confident number it is not.
 */
export function formatFee(fee: CertificationFee): string {
  switch (fee.kind) {
    case 'fixed':
      return t('terms.money.yuan', { amount: fee.min })
    case 'free':
      return t('terms.money.free')
    case 'varies':
    case 'unverified':
      return t(`terms.money.${fee.kind}`, { range: formatMoney(fee) })
    case 'unstated':
      return t('terms.money.unstated')
  }
}

/** "2025年4月1日" from a date in China ('YYYY-MM-DD'). */
export function formatDate(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number)
  return t('terms.date', { year: year ?? '', month: month ?? '', day: day ?? '' })
}

// Made when first used, not when a page's code loads: a formatter with a time zone costs a page's first load
// the browser's time zone data.
let dateTime: Intl.DateTimeFormat | undefined

/** "2026年11月20日 12:00", China time, from an ISO timestamp. */
export function formatDateTime(iso: string): string {
  dateTime ??= new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
  return dateTime.format(new Date(iso))
}
