import type { AdviceReason } from '../../domain'
import type { AnswerContext } from './answer-context'
import { reasonText } from './reason-text'
import { RuleNameLink } from './rule-name-link'

interface ReasonsSectionProps {
  title: string
  reasons: readonly AdviceReason[]
  context: AnswerContext
}

/** Why (or why not) a path: each reason with the rule it rests on, by name, linking to the rule book. */
export function ReasonsSection({ title, reasons, context }: ReasonsSectionProps) {
  if (reasons.length === 0) return null
  return (
    <section className="advice__section">
      <h3>{title}</h3>
      <ul className="advice__list">
        {reasons.map((reason, index) => (
          <li key={`${reason.code}-${index}`}>
            {reasonText(reason, context)}
            <RuleNameLink id={reason.ruleId} ruleSet={context.ruleSet} />
          </li>
        ))}
      </ul>
    </section>
  )
}
