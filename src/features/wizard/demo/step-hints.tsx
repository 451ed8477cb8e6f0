import { stepHint, type ResolvedScenario, type RuleSet, type StepId } from '../../../domain'
import { t } from '../../../i18n'
import { RuleLink } from '../../../ui/rules/rule-link'
import { ruleName } from '../../../ui/rules/rule-text'
import './messages'

interface StepHintsProps {
  step: StepId
  ruleSet: RuleSet
  scenario: ResolvedScenario | null
}

/** 讲解提示: what to point out on this step (the rule behind it, the common mistake), and where the scenario ends. */
export function StepHints({ step, ruleSet, scenario }: StepHintsProps) {
  const hint = stepHint(step, ruleSet)
  const ends = scenario?.ends
  return (
    <aside className="demo-panel demo-panel--hints" aria-labelledby="demo-hints-title">
      <h2 id="demo-hints-title" className="demo-panel__title">
        {t('presenter.hints')}
      </h2>
      {hint ? <p>{t(hint.key, hint.params)}</p> : null}
      {ends?.kind === 'blocked' && ends.step === step ? (
        <p className="demo-panel__end">{t('presenter.endBlocked', { rule: ruleName(ends.rule) })}</p>
      ) : ends?.kind === 'done' && step === 'done' ? (
        <p className="demo-panel__end">{t('presenter.endDone')}</p>
      ) : null}
      {hint && hint.rules.length > 0 ? (
        <p>
          {t('presenter.hintRules')}
          {hint.rules.map((rule, index) => (
            <span key={rule}>
              {index > 0 ? t('app.listSeparator') : null}
              <RuleLink id={rule} ruleSet={ruleSet} />
            </span>
          ))}
        </p>
      ) : null}
    </aside>
  )
}
