import type { FlowState, StepId } from '../../../domain'
import { hasMessage, t } from '../../../i18n'

export const platformLoginUrl = 'https://mp.weixin.qq.com/cgi-bin/loginpage'

/** What to click on the WeChat platform, one action a line, and the platform link where the step starts there. */
export function InstructionList({ flow, step }: { flow: FlowState; step: StepId }) {
  const key = `steps.${step}.instructions`
  if (!hasMessage(key)) return null
  const opensPlatform = step === 'open-platform' || step === 'oa-status'
  return (
    <>
      <ol className="instructions">
        {t(key, { email: flow.answers.account?.email ?? '' })
          .split('\n')
          .map((line) => (
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
