import type { QuotaFinding, RuleSet } from '../../domain'
import { t } from '../../i18n'
import { Notice } from '../../ui/notice'
import { RuleLink } from '../../ui/rules/rule-link'
import { ruleName, ruleSummary } from '../../ui/rules/rule-text'
import '../../i18n/wizard-messages'

/** `warn` and `advice` findings of the step just passed: shown, never blocking. */
export function StepWarnings({ findings, ruleSet }: { findings: readonly QuotaFinding[]; ruleSet: RuleSet }) {
  if (findings.length === 0) return null
  return (
    <Notice title={t('wizard.step.warningsTitle')} tone="warning">
      <ul>
        {findings.map((f) => (
          <li key={f.ruleId}>
            <strong>{t('wizard.quota.warnTitle', { rule: ruleName(f.ruleId) })}</strong>{' '}
            {f.severity === 'warn' && f.limit !== null
              ? t('wizard.quota.warnBody', { limit: f.limit, used: f.used })
              : ruleSummary(f.ruleId, ruleSet)}{' '}
            <RuleLink id={f.ruleId} />
          </li>
        ))}
      </ul>
    </Notice>
  )
}
