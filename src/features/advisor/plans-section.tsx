import { holidaysKnownThrough, type Advice, type Plan } from '../../domain'
import { t } from '../../i18n'
import { formatDate } from '../../ui/format'
import { HolidaySources } from '../../ui/rules/holiday-sources'
import { batchText, finishText, planCost, planSplit } from './plan-text'
import './messages'

function PlanView({ title, plan, today }: { title: string; plan: Plan; today: Advice['today'] }) {
  return (
    <div className="advice__plan">
      <h4>{title}</h4>
      <p>
        {planSplit(plan)}
        <strong>{planCost(plan)}</strong>
      </p>
      <ol className="advice__list">
        {plan.batches.map((batch) => (
          <li key={`${batch.path}-${batch.startsOn}`}>{batchText(batch, today)}</li>
        ))}
      </ol>
      <p>{finishText(plan)}</p>
    </div>
  )
}

/** More wanted than the account takes now: the cheapest way (over months) and the fastest (both paths now). */
export function PlansSection({ advice }: { advice: Advice }) {
  if (!advice.plans) return null
  return (
    <section className="advice__section">
      <h3>{t('advisor.answer.sections.plans')}</h3>
      <p>{t('advisor.answer.plans.intro', { count: advice.placeable })}</p>
      <div className="advice__plans">
        <PlanView
          title={t('advisor.answer.plans.cheapest')}
          plan={advice.plans.cheapest}
          today={advice.today}
        />
        <PlanView
          title={t('advisor.answer.plans.fastest')}
          plan={advice.plans.fastest}
          today={advice.today}
        />
      </div>
      <p className="advice__note">
        {advice.plans.cheapest.holidaysKnown && advice.plans.fastest.holidaysKnown
          ? t('advisor.answer.plans.holidaysCounted')
          : t('advisor.answer.plans.holidaysBeyond', { through: formatDate(holidaysKnownThrough) })}
      </p>
      <HolidaySources />
    </section>
  )
}
