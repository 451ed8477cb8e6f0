import { useLayoutEffect, useRef } from 'react'
import {
  firstOfMonth,
  type FlowState,
  type LocalDate,
  type PathId,
  type QuotaFinding,
  type RuleSet,
} from '../../domain'
import { hasMessage, t, type MessageKey } from '../../i18n'
import { Button } from '../../ui/button'
import { RuleLink } from '../../ui/rules/rule-link'
import { ruleCitation, ruleName, ruleSummary } from '../../ui/rules/rule-text'
import '../../i18n/wizard-messages'

interface QuotaExplanationProps {
  findings: readonly QuotaFinding[]
  flow: FlowState
  ruleSet: RuleSet
  today: LocalDate
  onBack: () => void
  onSwitchPath: (path: PathId) => void
}

/** Rules the other path does not have: a block by one of them is a reason to switch. */
const reuseOnly = new Set([
  'OA_LINK_SAME',
  'OA_LINK_MONTHLY',
  'FAST_REG_MONTHLY',
  'FAST_REG_ONE_AT_A_TIME',
  'REUSE_OA_TYPES',
])

/** Rules about one identity rather than a count (one email, one mini program): no figures to show. */
const identityRules = new Set(['EMAIL_UNIQUE'])

function todoKey(finding: QuotaFinding): MessageKey {
  if (finding.ruleId === 'EMAIL_UNIQUE' && finding.reason === 'official-account-email')
    return 'wizard.quota.todo.EMAIL_UNIQUE_OA'
  const key = `wizard.quota.todo.${finding.ruleId}`
  return hasMessage(key) ? key : 'wizard.quota.lead'
}

function count(value: number | null): string {
  return value === null ? t('wizard.quota.noLimit') : t('wizard.quota.unit', { count: value })
}

/** A quota or eligibility block: which limit, which rule, the numbers, and what to do instead. */
export function QuotaExplanation({
  findings,
  flow,
  ruleSet,
  today,
  onBack,
  onSwitchPath,
}: QuotaExplanationProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => heading.current?.focus(), [])
  const first = findings[0]
  if (!first) return null
  const canSwitch = flow.path === 'reuse' && findings.some((f) => reuseOnly.has(f.ruleId))
  return (
    <section className="quota-explanation">
      <h1 ref={heading} tabIndex={-1} className="page-heading">
        {t('wizard.quota.title', { rule: ruleName(first.ruleId) })}
      </h1>
      <p className="lead">{t('wizard.quota.lead')}</p>
      {findings.map((finding) => (
        <div key={finding.ruleId} className="quota-explanation__rule">
          <h2>{ruleName(finding.ruleId)}</h2>
          <p>{ruleSummary(finding.ruleId, ruleSet)}</p>
          <p className="quota-explanation__source">
            {ruleCitation(finding.ruleId, ruleSet)} <RuleLink id={finding.ruleId} />
          </p>
          {finding.limit !== null && !identityRules.has(finding.ruleId) ? (
            <dl className="figures">
              <div>
                <dt>{t('wizard.quota.limit')}</dt>
                <dd>{count(finding.limit)}</dd>
              </div>
              <div>
                <dt>{t('wizard.quota.used')}</dt>
                <dd>{count(finding.used)}</dd>
              </div>
              <div>
                <dt>{t('wizard.quota.requested')}</dt>
                <dd>{count(finding.requested)}</dd>
              </div>
              <div>
                <dt>{t('wizard.quota.remaining')}</dt>
                <dd>{count(finding.remaining)}</dd>
              </div>
            </dl>
          ) : null}
          <h3>{t('wizard.quota.whatToDo')}</h3>
          <p>{t(todoKey(finding), { date: firstOfMonth(today) })}</p>
        </div>
      ))}
      <div className="button-row">
        <Button type="button" onClick={onBack}>
          {t('wizard.quota.back')}
        </Button>
        {canSwitch ? (
          <Button type="button" variant="secondary" onClick={() => onSwitchPath('standalone')}>
            {t('wizard.step.switchToStandalone')}
          </Button>
        ) : null}
      </div>
    </section>
  )
}
