import type { PathId, PathTimeline, RuleSet } from '../../domain'
import { t } from '../../i18n'
import { UnverifiedCaution } from '../../ui/rules/unverified-caution'
import { pathName } from '../../ui/terms'
import type { AnswerContext } from './answer-context'
import { pathOrder } from './fee-text'
import { daysText, timelineStepText } from './timeline-text'
import './messages'

function PathTimelineView({
  path,
  timeline,
  ruleSet,
}: {
  path: PathId
  timeline: PathTimeline
  ruleSet: RuleSet
}) {
  return (
    <div className="advice__timeline">
      <h4>{pathName(path)}</h4>
      <p>
        <strong>{t('advisor.answer.timeline.total', { days: daysText(timeline.total) })}</strong>
      </p>
      <ul className="advice__steps">
        {timeline.steps.map((step) => {
          const { name, days } = timelineStepText(step)
          return (
            <li key={step.step}>
              {name}
              {days ? <span className="advice__days">{days}</span> : null}
              {days && step.ruleId ? <UnverifiedCaution id={step.ruleId} ruleSet={ruleSet} /> : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** How long each path takes, in working days, step by step. */
export function TimelineSection({ context }: { context: AnswerContext }) {
  const { advice, ruleSet } = context
  if (advice.recommended === 'none') return null
  return (
    <section className="advice__section">
      <h3>{t('advisor.answer.sections.timeline')}</h3>
      {pathOrder(advice).map((path) => {
        const timeline = advice.timeline[path]
        return timeline ? (
          <PathTimelineView key={path} path={path} timeline={timeline} ruleSet={ruleSet} />
        ) : null
      })}
      <p className="advice__note">{t('advisor.answer.timeline.note')}</p>
    </section>
  )
}
