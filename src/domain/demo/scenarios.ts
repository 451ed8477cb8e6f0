// Loading a scenario under a rule set, and playing it on the real flow machine: a demo never shows a step the
// wizard would not take, because it is the wizard's own `transition` that moves through it.
import type { LocalDate } from '../dates'
import type { OutcomeEvent } from '../flow/outcomes'
import { applies, paths } from '../flow/paths'
import { start, type FlowState } from '../flow/state'
import { stepSchema } from '../flow/step-schemas'
import type { StepId } from '../flow/step-ids'
import { steps } from '../flow/steps'
import type { Answers } from '../flow/step-values'
import { transition, type FlowEvent, type FlowEnv } from '../flow/transition'
import type { Usage } from '../quota/types'
import { ruleValue, type RuleSet } from '../rules/rule-set'
import { sampleStepValues } from './sample-data'
import { certified, scenarioDefs, type ScenarioDef } from './scenario-data'
import type {
  PlayFrame,
  PlayResult,
  ResolvedScenario,
  ScenarioId,
  ScenarioLedger,
  ScenarioLoad,
} from './scenario-types'

/** The day a scenario is loaded for when none is given: only its answers' age checks read it. */
export const scenarioDay: LocalDate = '2026-12-01'

/** The platform's usual answer at an outcome step, where the scenario says nothing else. */
function usualOutcomes(step: StepId, ruleSet: RuleSet, on: LocalDate): OutcomeEvent[] {
  switch (step) {
    case 'certification':
      return certified('mini-program', on)
    case 'certify-oa':
      return certified('official-account', on)
    case 'transfer':
      return [
        { kind: 'transfer-started', on },
        { kind: 'transfer-done', on },
      ]
    case 'registration-result': {
      // rule: REUSE_CERT_OUTCOME — what the platform shows after a fast registration, as the rule set expects it.
      const expected = ruleValue(ruleSet, 'REUSE_CERT_OUTCOME')?.expected ?? 'certified'
      return [{ kind: 'reuse-result', result: expected }]
    }
    default:
      return []
  }
}

function answerFor(def: ScenarioDef, step: StepId, ruleSet: RuleSet): Record<string, unknown> {
  const sample: Record<string, unknown> =
    step === 'subject-type' ? { subjectType: def.subjectType } : { ...sampleStepValues(step, 0, ruleSet) }
  const override = def.answers?.(ruleSet)[step]
  return override ? { ...sample, ...override } : sample
}

function issuesOf(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`)
}

/**
 * The scenario under `ruleSet`: its answers for the steps on its path (each checked with the step's schema, in
 * path order, as the wizard would), up to the step it ends on. Never throws for a scenario that no longer fits
 * the rules: it returns `invalid` with the step and the schema's messages, and the scenarios' test fails on it.
 */
export function loadScenario(id: ScenarioId, ruleSet: RuleSet, today: LocalDate = scenarioDay): ScenarioLoad {
  const def = scenarioDefs[id]
  const missing = def.needs.find((rule) => ruleValue(ruleSet, rule) === null)
  if (missing) return { ok: false, reason: 'not-stated', rule: missing }
  const answers: Answers = {}
  const submitted: ResolvedScenario['answers'] = {}
  const outcomes: ResolvedScenario['outcomes'] = {}
  const chosen = def.outcomes?.(ruleSet, today) ?? {}
  const last = def.ends.kind === 'blocked' ? def.ends.step : undefined
  for (const entry of paths[def.path].steps) {
    const step = entry.step
    if (applies(entry, answers, ruleSet) !== true) continue
    const kind = steps[step].kind
    if (kind === 'outcome') outcomes[step] = chosen[step] ?? usualOutcomes(step, ruleSet, today)
    if (kind === 'form' || kind === 'instruction') {
      const values = answerFor(def, step, ruleSet)
      const parsed = stepSchema(step, { path: def.path, ruleSet, today, answers }).safeParse(values)
      if (!parsed.success) return { ok: false, reason: 'invalid', step, issues: issuesOf(parsed.error) }
      Object.assign(answers, { [step]: parsed.data })
      submitted[step] = values
    }
    if (step === last) break
  }
  return {
    ok: true,
    scenario: {
      id,
      path: def.path,
      ruleSetId: ruleSet.id,
      ledger: def.ledger?.(ruleSet) ?? {},
      answers: submitted,
      outcomes,
      ends: def.ends,
      rules: [...def.rules],
    },
  }
}

/** What the ledger holds, as the machine's guards count it. */
export function scenarioUsage(ledger: ScenarioLedger): Usage {
  return { ...ledger }
}

/** Events carry the day they happen: in a demo, every one happens on the day it is played. */
function onDay(event: OutcomeEvent, today: LocalDate): OutcomeEvent {
  return 'on' in event ? { ...event, on: today } : event
}

const maxEvents = 80

/**
 * Play a loaded scenario on the flow machine alone: at each step, the platform's outcomes recorded first, then
 * the step's answer submitted (review: 提交). Ends when the registration is submitted, when a guard blocks it,
 * or — a bug in the scenario, which its test catches — when the machine refuses it for another reason.
 */
export function playScenario(scenario: ResolvedScenario, ruleSet: RuleSet, today: LocalDate): PlayResult {
  const env: FlowEnv = { today, usage: scenarioUsage(scenario.ledger) }
  const frames: PlayFrame[] = []
  let state: FlowState = start(scenario.path, ruleSet.id)
  const send = (event: FlowEvent) => {
    const step = state.current
    const result = transition(state, event, env)
    frames.push({ step, event, result })
    if (result.ok) state = result.state
    return result
  }
  const recorded = new Set<StepId>()
  while (frames.length < maxEvents) {
    if (state.status === 'submitted') return { frames, end: { kind: 'done' } }
    const step = state.current
    if (!recorded.has(step)) {
      recorded.add(step)
      for (const outcome of scenario.outcomes[step] ?? []) {
        const result = send({ type: 'record', outcome: onDay(outcome, today) })
        if (!result.ok)
          return { frames, end: { kind: 'stopped', step, reason: result.reason ?? 'unknown-event' } }
      }
    }
    const result = send({ type: 'submit', values: scenario.answers[step] ?? {} })
    if (!result.ok) {
      const block = result.findings.find((finding) => finding.severity === 'block')
      if (result.reason === 'blocked' && block) {
        return { frames, end: { kind: 'blocked', step, rule: block.ruleId } }
      }
      return { frames, end: { kind: 'stopped', step, reason: result.reason ?? 'unknown-event' } }
    }
  }
  return { frames, end: { kind: 'stopped', step: state.current, reason: 'too-long' } }
}
