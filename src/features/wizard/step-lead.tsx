import { steps, type FlowState, type RuleSet, type StepId } from '../../domain'
import { hasMessage, t } from '../../i18n'
import { RuleLink } from '../../ui/rules/rule-link'
import { UnverifiedCaution } from '../../ui/rules/unverified-caution'
import { stepInstructions } from './steps/instruction-text'
import '../../i18n/wizard-messages'

/** The line under the heading, and the same help block on every step: what to do on the platform, and the rules. */
export function StepLead({ flow, step, ruleSet }: { flow: FlowState; step: StepId; ruleSet: RuleSet }) {
  const reuseLead = `steps.${step}.leadReuse`
  const operatorLead = `steps.${step}.leadOperator`
  const lead =
    step === 'admin' && flow.answers.qualifications?.operatorInfo && hasMessage(operatorLead)
      ? t(operatorLead)
      : flow.path === 'reuse' && hasMessage(reuseLead)
        ? t(reuseLead)
        : t(`steps.${step}.lead`)
  // Instruction and outcome steps show their platform actions in the page itself; form steps keep them here.
  const instructions = steps[step].kind === 'form' ? stepInstructions(step, flow, ruleSet) : null
  const rules = steps[step].rules
  return (
    <>
      <p className="lead">{lead}</p>
      <p className="wizard-step__ruleset">
        {t('wizard.step.ruleSetBadge', { name: t(`rules.ruleSet.${ruleSet.id}`) })}
      </p>
      {instructions || rules.length > 0 ? (
        <details className="step-help">
          <summary>{t('wizard.step.help')}</summary>
          {instructions ? (
            <ol className="step-help__list">
              {instructions.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          ) : null}
          {rules.length > 0 ? (
            <>
              <h2 className="step-help__title">{t('wizard.step.rulesHere')}</h2>
              <ul className="step-help__rules">
                {rules.map((id) => (
                  <li key={id}>
                    <RuleLink id={id} ruleSet={ruleSet} />
                    <UnverifiedCaution id={id} ruleSet={ruleSet} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </details>
      ) : null}
    </>
  )
}
