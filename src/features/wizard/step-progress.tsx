import { phaseProgress, type FlowState } from '../../domain'
import { t } from '../../i18n'
import '../../i18n/wizard-messages'

/**
 * "第 N 步，共 M 步" and the path's phases: where one is, not a way to skip ahead. Each phase's state comes
 * from the domain (done, current, started, not started); a mark or the words themselves show it, and the
 * words are always there for a screen reader, so colour is never the only signal.
 */
export function StepProgress({ flow, caption }: { flow: FlowState; caption: string }) {
  return (
    <div className="step-progress">
      <p className="step-progress__caption">{caption}</p>
      <ol className="phases" aria-label={t('wizard.phases.label')}>
        {phaseProgress(flow).map(({ phase, state }) => (
          <li
            key={phase}
            className={`phases__item phases__item--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            {t(`wizard.phases.${phase}`)}
            {/* A phase left unfinished says so in words: no mark would be as clear. */}
            <span className={state === 'started' ? 'phases__state' : 'visually-hidden'}>
              {t(`wizard.phases.${state}`)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  )
}
