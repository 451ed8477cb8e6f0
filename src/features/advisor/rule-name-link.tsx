import type { RuleId, RuleSet } from '../../domain'
import { RuleLink } from '../../ui/rules/rule-link'
import { ruleName } from '../../ui/rules/rule-text'
import '../../ui/rules/rules.css'

/**
 * The rule a reason, a need or a figure rests on: its short name in brackets, linking to its entry in the rule
 * book, where its id and source are. The answer stays readable; the detail is one click away. Given the answer's
 * rule set, it says 未核实 for a rule no source states.
 */
export function RuleNameLink({ id, ruleSet }: { id: RuleId; ruleSet?: RuleSet }) {
  return (
    <span className="rule-citation">
      <RuleLink id={id} ruleSet={ruleSet}>
        {ruleName(id)}
      </RuleLink>
    </span>
  )
}
