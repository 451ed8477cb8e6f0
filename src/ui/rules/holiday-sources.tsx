import { holidaySources } from '../../domain'
import { t } from '../../i18n'
import './rules.css'

/** "节假日数据：国务院办公厅通知（2024年）、…", each notice a link: shown where dates count working days. */
export function HolidaySources() {
  return (
    <p className="holiday-sources">
      {t('rules.holidaySources.lead')}
      {holidaySources.map((source, index) => (
        <span key={source.year}>
          {index > 0 ? t('app.listSeparator') : null}
          <a href={source.url} target="_blank" rel="noreferrer">
            {t('rules.holidaySources.notice', { year: source.year })}
            <span className="visually-hidden">{t('rules.opensInNewTab')}</span>
          </a>
        </span>
      ))}
    </p>
  )
}
