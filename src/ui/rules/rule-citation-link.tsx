import type { RuleId, RuleSet } from '../../domain'
import { RuleLink } from './rule-link'
import { ruleCitation } from './rule-text'
import './rules.css'

/** "（规则 CERT_FEE，来源：原指南）" after a figure or a reason, linking to the rule in the rule book. */
export function RuleCitationLink({ id, ruleSet }: { id: RuleId; ruleSet: RuleSet }) {
  return (
    <span className="rule-citation">
      <RuleLink id={id} ruleSet={ruleSet}>
        {ruleCitation(id, ruleSet)}
      </RuleLink>
    </span>
  )
}
