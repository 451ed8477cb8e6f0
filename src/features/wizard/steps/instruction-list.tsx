import type { FlowState, RuleSet, StepId } from '../../../domain'
import { t } from '../../../i18n'
import { stepInstructions } from './instruction-text'
import '../../../i18n/wizard-messages'

export const platformLoginUrl = 'https://mp.weixin.qq.com/cgi-bin/loginpage'

/** What to click on the WeChat platform, one action a line, and the platform link where the step starts there. */
export function InstructionList({
  flow,
  step,
  ruleSet,
}: {
  flow: FlowState
  step: StepId
  ruleSet: RuleSet
}) {
  const lines = stepInstructions(step, flow, ruleSet)
  if (!lines) return null
  const opensPlatform = step === 'open-platform' || step === 'oa-status'
  return (
    <>
      <ol className="instructions">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      {opensPlatform ? (
        <p>
          <a href={platformLoginUrl} target="_blank" rel="noopener noreferrer" className="external-link">
            {t('wizard.step.openPlatform')}
          </a>
        </p>
      ) : null}
    </>
  )
}
