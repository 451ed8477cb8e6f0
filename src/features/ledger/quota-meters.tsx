import { Link } from 'react-router'
import { t } from '../../i18n'
import type { Meter } from './meters'

export function meterText(meter: Meter): string {
  const label = t(`ledger.ui.meters.${meter.label}`)
  return meter.limit === null
    ? t('ledger.ui.meters.notStated', { label, used: meter.used })
    : t('ledger.ui.meters.value', { label, used: meter.used, limit: meter.limit })
}

/** 额度: each quota as "同主体关联 7 / 10" with a bar, linking to its rule. */
export function QuotaMeters({ meters }: { meters: readonly Meter[] }) {
  if (meters.length === 0) return null
  return (
    <section className="ledger__section" aria-labelledby="ledger-quotas">
      <h2 id="ledger-quotas">{t('ledger.ui.details.quotas')}</h2>
      <p>{t('ledger.ui.details.quotasHint')}</p>
      <ul className="ledger__meters">
        {meters.map((meter) => {
          const full = meter.limit !== null && meter.used >= meter.limit
          return (
            <li key={meter.label} className={`ledger__meter${full ? ' ledger__meter--full' : ''}`}>
              <Link to={`/rules#${meter.ruleId}`}>{meterText(meter)}</Link>
              {meter.limit === null ? null : (
                <meter
                  aria-hidden="true"
                  min={0}
                  max={meter.limit}
                  low={meter.limit}
                  high={meter.limit}
                  value={Math.min(meter.used, meter.limit)}
                />
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
