import type { LocalDate } from '../../domain'
import { t } from '../../i18n'

/** "2025年4月1日" from 'YYYY-MM-DD'. */
export function formatDate(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number)
  return t('ledger.ui.date', { year: year ?? '', month: month ?? '', day: day ?? '' })
}
