import type { Ref } from 'react'
import { t } from '../../i18n'
import { formatDate } from '../../ui/format'
import { RuleSetBadge } from '../../ui/rules/rule-set-badge'
import { pathName } from '../../ui/terms'
import type { AnswerContext } from './answer-context'
import { recommendationText } from './fee-text'
import { FeesSection } from './fees-section'
import { FindingsSection } from './findings-section'
import { NeedsSection } from './needs-section'
import { PlansSection } from './plans-section'
import { ReasonsSection } from './reasons-section'
import { ShareSection } from './share-section'
import { situationText } from './situation-text'
import { TimelineSection } from './timeline-section'
import './messages'

interface AdviceViewProps {
  context: AnswerContext
  headingRef: Ref<HTMLHeadingElement>
}

/** The answer: the path in one sentence, then why, the other path, limits, fees, plans, needs and timing. */
export function AdviceView({ context, headingRef }: AdviceViewProps) {
  const { advice, situation } = context
  const ruleSetName = t(`rules.ruleSet.${advice.ruleSetId}`)
  return (
    <section className="advice" aria-labelledby="advice-heading">
      <h2 id="advice-heading" ref={headingRef} tabIndex={-1} className="advice__heading">
        {t('advisor.answer.heading')}
      </h2>
      <RuleSetBadge ruleSetId={advice.ruleSetId} />
      <p className="advice__printed-on">
        {t('advisor.answer.printedOn', { date: formatDate(advice.today), name: ruleSetName })}
      </p>
      <p className="advice__situation">{t('advisor.answer.situation', { text: situationText(situation) })}</p>
      <p className="advice__recommendation">{recommendationText(context)}</p>
      <ShareSection context={context} />
      <ReasonsSection title={t('advisor.answer.sections.why')} reasons={advice.reasons} context={context} />
      {advice.alternative ? (
        <ReasonsSection
          title={t('advisor.answer.sections.whyNot', { path: pathName(advice.alternative.path) })}
          reasons={advice.alternative.whyNot}
          context={context}
        />
      ) : null}
      <FindingsSection
        title={t('advisor.answer.sections.blockers')}
        findings={advice.blockers}
        tone="block"
        note={advice.plans ? t('advisor.answer.findings.checkedFor', { count: advice.placeable }) : undefined}
      />
      <FindingsSection title={t('advisor.answer.sections.warnings')} findings={advice.warnings} tone="note" />
      <FeesSection context={context} />
      <PlansSection advice={advice} />
      <NeedsSection needs={advice.needs} />
      <TimelineSection context={context} />
    </section>
  )
}
