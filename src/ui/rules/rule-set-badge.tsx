import type { RuleSetId } from '../../domain'
import { t } from '../../i18n'
import './rules.css'

/** "规则版本：现行规则", on every page that states a number, so a figure is never read without its rule set. */
export function RuleSetBadge({ ruleSetId }: { ruleSetId: RuleSetId }) {
  return (
    <p className="rule-set-badge">
      {t('rules.ruleSet.shown', { name: t(`rules.ruleSet.${ruleSetId}`) })}
      <span className="rule-set-badge__hint">{t(`rules.ruleSet.${ruleSetId}Hint`)}</span>
    </p>
  )
}
