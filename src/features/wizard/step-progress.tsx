import { outline, steps, type FlowState, type Phase, type StepId } from '../../domain'
import { t } from '../../i18n'

/** "第 N 步，共 M 步" and the path's phases: where one is, not a way to skip ahead. */
export function StepProgress({ flow, step, caption }: { flow: FlowState; step: StepId; caption: string }) {
  const phases: Phase[] = []
  for (const id of outline(flow).steps) {
    const phase = steps[id].phase
    if (!phases.includes(phase)) phases.push(phase)
  }
  const current = steps[step].phase
  const currentIndex = phases.indexOf(current)
  return (
    <div className="step-progress">
      <p className="step-progress__caption">{caption}</p>
      <ol className="phases" aria-label={t('wizard.phases.label')}>
        {phases.map((phase, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo'
          return (
            <li
              key={phase}
              className={`phases__item phases__item--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {t(`wizard.phases.${phase}`)}
              {state === 'current' ? (
                <span className="visually-hidden">{t('wizard.phases.current')}</span>
              ) : null}
              {state === 'done' ? <span className="visually-hidden">{t('wizard.phases.done')}</span> : null}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
