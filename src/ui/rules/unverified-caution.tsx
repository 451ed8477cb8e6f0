import type { RuleId, RuleSet } from '../../domain'
import { t } from '../../i18n'
import { ReferenceLink } from './rule-references'
import './rules.css'

/**
 * 未核实: beside a number whose rule no source states, so the number is never read as a confident one. Shows the
 * source there is (unless `withSources` is false, where the sources are listed right after it, as in the rule
 * book). Renders nothing for a rule that is not `unverified` in this rule set.
 */
export function UnverifiedCaution({
  id,
  ruleSet,
  withSources = true,
}: {
  id: RuleId
  ruleSet: RuleSet
  withSources?: boolean
}) {
  const rule = ruleSet.rules[id]
  if (rule.confidence !== 'unverified') return null
  return (
    <p className="rule-caution">
      <strong className="rule-caution__tag">{t('rules.unverified.tag')}</strong>{' '}
      {withSources ? t('rules.unverified.text') : t('rules.unverified.textNoLink')}
      {(withSources ? rule.references : []).map((reference, index) => (
        <span key={`${reference.title}-${index}`}>
          {index > 0 ? t('app.listSeparator') : null}
          <ReferenceLink reference={reference} />
        </span>
      ))}
    </p>
  )
}
