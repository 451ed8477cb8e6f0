import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import {
  flowGraph,
  isScenarioId,
  transition,
  loadScenario,
  sampleStepValues,
  scenarioText,
  steps,
  type RuleSet,
  type ScenarioId,
  type StepId,
} from '../../../domain'
import { t } from '../../../i18n'
import { presenterPaces, usePresenterStore, type PresenterPace } from '../../../storage/presenter-store'
import { SampleDataContext } from '../../../ui/form/field-parts'
import type { StepBodyProps } from '../steps/step-body'
import { stepUrl } from '../urls'
import { DemoStepContext, type DemoFormHandle, type DemoStep } from './demo-step'
import { StepHints } from './step-hints'
import { useCasesStore } from '../store/cases-store'
import { startScenario } from './start-scenario'
import './messages'
import './demo.css'

// The 流程图 panel: the same map as /flow, drawn from the flow definitions, with the jumps the machine allows.
const FlowMap = lazy(() => import('../../../ui/flow-map/flow-map').then((m) => ({ default: m.FlowMap })))

const RehearsalScreen = lazy(() =>
  import('../rehearsal/rehearsal-screen').then((m) => ({ default: m.RehearsalScreen })),
)

interface DemoStageProps {
  body: StepBodyProps
  /** The step before this one, for ←. */
  previous: StepId | undefined
  /** The step stopped: a quota explanation or an error summary is shown (自动播放 pauses). */
  halted: boolean
  children: ReactNode
}

function scenarioTitle(id: ScenarioId, ruleSet: RuleSet): string {
  const { title } = scenarioText(id, ruleSet)
  return t(title.key, title.params)
}

/** A key the presenter reads only when no control that uses it has focus. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)
}

/** Whether motion is to be kept down (no animated countdown). */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * 演示模式 around a wizard step: the presenter's controls (→ / ← and PageDown / PageUp, 填充示例数据, 自动播放,
 * 重置), the scenario's answers prefilled, 讲解提示 and the 模拟界面 beside the step. Everything goes through
 * the step's own form and the real machine: → presses the step's 下一步, records the platform's result the
 * scenario says, or submits; it never does what the wizard would not.
 */
export function DemoStage({ body, previous, halted, children }: DemoStageProps) {
  const { item, step, ruleSet, flow } = body
  const navigate = useNavigate()
  const presenter = usePresenterStore()
  // The scenario as loaded today: the platform's results it records are dated today.
  const scenario = useMemo(() => {
    if (!item.scenarioId || !isScenarioId(item.scenarioId)) return null
    const loaded = loadScenario(item.scenarioId, ruleSet, body.today)
    return loaded.ok ? loaded.scenario : null
  }, [item.scenarioId, ruleSet, body.today])
  const form = useRef<DemoFormHandle | null>(null)
  const [sampled, setSampled] = useState(() => flow.answers[step] === undefined && !!scenario?.answers[step])
  const [fills, setFills] = useState(0)
  const [resetting, setResetting] = useState<'idle' | 'busy' | 'failed'>('idle')

  const context = useMemo<DemoStep>(
    () => ({
      prefill: (id) => (flow.answers[id] === undefined ? scenario?.answers[id] : undefined),
      register: (handle) => {
        form.current = handle
      },
    }),
    [flow.answers, scenario],
  )

  const atEnd = step === 'done' || flow.status !== 'active'
  const next = useCallback(async () => {
    if (halted || atEnd) return
    if (form.current) {
      form.current.submit()
      return
    }
    const events = scenario?.outcomes[step] ?? []
    const done = presenter.recorded[item.id]?.[step] ?? 0
    if (done < events.length) {
      presenter.markRecorded(item.id, step, done + 1)
      await body.record(events[done]!)
      return
    }
    await body.submit({})
  }, [halted, atEnd, scenario, step, presenter, item.id, body])

  const back = useCallback(() => {
    if (previous) navigate(stepUrl(item.id, previous))
  }, [previous, navigate, item.id])

  const fill = () => {
    if (!form.current) return
    form.current.fill({ ...sampleStepValues(step, fills + 1, ruleSet) })
    setFills((n) => n + 1)
    setSampled(true)
  }

  const reset = async () => {
    if (!scenario) return
    setResetting('busy')
    presenter.set({ playing: false })
    const started = await startScenario(scenario, body.today)
    if (!started.ok) {
      setResetting('failed')
      return
    }
    navigate(stepUrl(started.caseId, useCasesStore.getState().cases[started.caseId]!.flow.current), {
      replace: true,
    })
  }

  // The presenter's keys: a clicker sends PageDown / PageUp; form controls keep their own arrows and space.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
        return
      if (event.key === 'ArrowRight' || event.key === 'PageDown') {
        event.preventDefault()
        void next()
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault()
        back()
      } else if (event.key === ' ' && presenter.playing) {
        const target = event.target as HTMLElement | null
        if (target?.closest('button, a, summary')) return
        event.preventDefault()
        presenter.set({ playing: false })
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [next, back, presenter])

  // 自动播放: one step per chosen pace; it stops where the scenario does, or where the step stopped.
  const playing = presenter.playing && !halted && !atEnd
  useEffect(() => {
    if (presenter.playing && (halted || atEnd)) presenter.set({ playing: false })
  }, [presenter, halted, atEnd])
  useEffect(() => {
    if (!playing) return
    const timer = setTimeout(() => void next(), presenter.pace * 1000)
    return () => clearTimeout(timer)
  }, [playing, presenter.pace, next, flow])

  const graph = useMemo(() => flowGraph(flow.path, ruleSet), [flow.path, ruleSet])
  const canJump = (to: StepId) =>
    to !== step && transition(flow, { type: 'visit', step: to }, { today: body.today }).ok
  const reduced = prefersReducedMotion()
  const isForm = steps[step].kind === 'form'
  return (
    <DemoStepContext value={context}>
      <SampleDataContext value={sampled}>
        <section className="presenter" aria-label={t('presenter.label')}>
          {scenario ? (
            <p className="presenter__scenario">
              {t('presenter.scenario', { title: scenarioTitle(scenario.id, ruleSet) })}
            </p>
          ) : null}
          <div className="presenter__row">
            <button type="button" className="presenter__button" onClick={back} disabled={!previous}>
              {t('presenter.back')}
            </button>
            <button
              type="button"
              className="presenter__button"
              onClick={() => void next()}
              disabled={halted || atEnd}
            >
              {t('presenter.next')}
            </button>
            {isForm ? (
              <button type="button" className="presenter__button" onClick={fill}>
                {t('presenter.fill')}
              </button>
            ) : null}
            <button
              type="button"
              className="presenter__button"
              aria-pressed={presenter.playing}
              onClick={() => presenter.set({ playing: !presenter.playing })}
              disabled={atEnd}
            >
              {presenter.playing ? t('presenter.pause') : t('presenter.play')}
            </button>
            <label className="presenter__pace">
              {t('presenter.pace')}
              <select
                value={presenter.pace}
                onChange={(event) => presenter.set({ pace: Number(event.target.value) as PresenterPace })}
              >
                {presenterPaces.map((seconds) => (
                  <option key={seconds} value={seconds}>
                    {t('presenter.paceOption', { seconds })}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="presenter__button"
              aria-pressed={presenter.hints}
              onClick={() => presenter.set({ hints: !presenter.hints })}
            >
              {t('presenter.hints')}
            </button>
            <button
              type="button"
              className="presenter__button"
              aria-pressed={presenter.rehearsal}
              onClick={() => presenter.set({ rehearsal: !presenter.rehearsal })}
            >
              {t('presenter.rehearsal')}
            </button>
            {scenario ? (
              <button
                type="button"
                className="presenter__button"
                onClick={() => void reset()}
                disabled={resetting === 'busy'}
              >
                {resetting === 'busy' ? t('presenter.resetting') : t('presenter.reset')}
              </button>
            ) : null}
          </div>
          <p className="presenter__keys">{t('presenter.keys')}</p>
          <div role="status" className="presenter__status">
            {playing ? (
              <>
                {t('presenter.playing', { seconds: presenter.pace })}
                {reduced ? null : (
                  <span
                    key={`${step}-${flow.completed.length}-${JSON.stringify(flow.outcomes).length}`}
                    className="presenter__countdown"
                    style={{ animationDuration: `${presenter.pace}s` }}
                    aria-hidden="true"
                  />
                )}
              </>
            ) : atEnd && scenario ? (
              t('presenter.ended')
            ) : null}
          </div>
          {resetting === 'failed' ? <p role="alert">{t('presenter.resetFailed')}</p> : null}
          {fills > 0 ? <p className="presenter__filled">{t('presenter.filled')}</p> : null}
        </section>
        <div className={`demo-stage${presenter.rehearsal || presenter.hints ? ' demo-stage--side' : ''}`}>
          <div className="demo-stage__main">{children}</div>
          {presenter.rehearsal || presenter.hints ? (
            <div className="demo-stage__side">
              {presenter.hints ? <StepHints step={step} ruleSet={ruleSet} scenario={scenario} /> : null}
              {presenter.rehearsal ? (
                <Suspense fallback={null}>
                  <RehearsalScreen step={step} path={flow.path} ruleSet={ruleSet} />
                </Suspense>
              ) : null}
            </div>
          ) : null}
        </div>
        <details className="demo-flow">
          <summary>{t('presenter.flowMap')}</summary>
          <Suspense fallback={null}>
            <FlowMap
              graph={graph}
              current={step}
              done={flow.completed}
              canJump={canJump}
              onJump={(to) => navigate(stepUrl(item.id, to))}
              headingLevel={3}
            />
          </Suspense>
        </details>
      </SampleDataContext>
    </DemoStepContext>
  )
}
