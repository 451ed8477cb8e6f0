import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ruleSetIds, ruleSets } from '../rules/rule-sets'
import type { RuleSetId } from '../rules/rule-set'
import type { OutcomeEvent } from './outcomes'
import { isReachable, outline } from './progress'
import { start, type FlowState } from './state'
import { stepSchema } from './step-schemas'
import { pathIds, stepIds, type PathId, type StepId } from './step-ids'
import { steps } from './steps'
import { today } from './test-walk'
import {
  invalidStepValues,
  nextOutcome,
  stepContext,
  validStepValues,
  type StepContext,
} from './test-step-values'
import { transition, type FlowEvent } from './transition'

// Random users: at each step they mostly give valid values for the step they stand on (or record the outcome
// it waits for), and sometimes go back, jump, edit, keep an answer, switch path or send junk. Whatever they
// do, the machine never throws and never stands on a step whose earlier steps are incomplete; and enough runs
// get all the way to submitting on each path that the invariants are tested deep in the flow, not only at its
// start.

const target = fc.constantFrom('mini-program' as const, 'official-account' as const)
const date = fc.constantFrom(today, '2026-12-04', '2026-12-30')

const anyOutcome: fc.Arbitrary<OutcomeEvent> = fc.oneof(
  fc.record({ kind: fc.constant('cert-submitted' as const), target, on: date }),
  fc.record({ kind: fc.constant('cert-sent-back' as const), target }),
  fc.record({ kind: fc.constant('cert-resubmitted' as const), target }),
  fc.record({ kind: fc.constant('cert-approved' as const), target }),
  fc.record({ kind: fc.constant('cert-rejected' as const), target }),
  fc.record({ kind: fc.constant('transfer-started' as const), on: date }),
  fc.record({ kind: fc.constant('transfer-done' as const), on: date }),
  fc.constant({ kind: 'transfer-expired' as const }),
  fc.record({
    kind: fc.constant('reuse-result' as const),
    result: fc.constantFrom('certified' as const, 'failed' as const, 'pending' as const),
  }),
  fc.record({
    kind: fc.constant('app-id-recorded' as const),
    appId: fc.constantFrom('wx0123456789abcdef', 'wx12', ''),
  }),
)

const junk = fc.anything({ maxDepth: 2, maxKeys: 4 }) as fc.Arbitrary<FlowEvent>
const submit = (values: unknown): FlowEvent => ({ type: 'submit', values })
const step = fc.constantFrom(...stepIds)
const path = fc.constantFrom(...pathIds)

/** The next thing a user does, given where they stand. Weights are out of 100. */
function eventFor(context: StepContext): fc.Arbitrary<FlowEvent> {
  const valid = validStepValues(context).map(submit)
  const outcome = nextOutcome(context)
  // At an outcome step the platform's answer comes first; elsewhere valid values are all that moves on.
  const onwards: fc.WeightedArbitrary<FlowEvent>[] = outcome
    ? [
        { weight: 28, arbitrary: valid },
        { weight: 30, arbitrary: outcome.map((o): FlowEvent => ({ type: 'record', outcome: o })) },
      ]
    : [{ weight: 58, arbitrary: valid }]
  return fc.oneof(
    ...onwards,
    { weight: 8, arbitrary: invalidStepValues.map(submit) },
    { weight: 4, arbitrary: anyOutcome.map((o): FlowEvent => ({ type: 'record', outcome: o })) },
    { weight: 6, arbitrary: fc.constant<FlowEvent>({ type: 'back' }) },
    { weight: 6, arbitrary: step.map((s): FlowEvent => ({ type: 'visit', step: s })) },
    { weight: 6, arbitrary: step.map((s): FlowEvent => ({ type: 'edit', step: s })) },
    { weight: 5, arbitrary: path.map((p): FlowEvent => ({ type: 'switch-path', path: p })) },
    { weight: 3, arbitrary: fc.constant<FlowEvent>({ type: 'continue' }) },
    { weight: 4, arbitrary: junk },
  )
}

/** How deep one run went. */
interface Depth {
  maxCompleted: number
  reviewOn: Set<PathId>
  submittedOn: Set<PathId>
}

const maxEvents = 80

/** One user's session, checking the invariants after every event. */
function run(startPath: PathId, ruleSetId: RuleSetId, g: fc.GeneratorValue): Depth {
  const depth: Depth = { maxCompleted: 0, reviewOn: new Set(), submittedOn: new Set() }
  let state = start(startPath, ruleSetId)
  for (let i = 0; i < maxEvents; i += 1) {
    const event = g(eventFor, stepContext(state))
    const result = transition(state, event, { today })
    if (!result.ok) expect(result.state).toBe(state)
    state = result.state
    expect(new Set(state.completed).size).toBe(state.completed.length)
    if (state.status === 'active') {
      expect(outline(state).steps).toContain(state.current)
      expect(isReachable(state, state.current)).toBe(true)
    }
    if (state.status === 'submitted') {
      expect(state.current).toBe('done')
      depth.submittedOn.add(state.path)
    }
    if (state.current === 'review') depth.reviewOn.add(state.path)
    depth.maxCompleted = Math.max(depth.maxCompleted, state.completed.length)
  }
  return depth
}

const scenario = fc.tuple(path, fc.constantFrom(...ruleSetIds), fc.gen())

/** One label per run for fc.statistics: how far it got. */
function label(depth: Depth): string {
  const on = (paths: Set<PathId>) => [...paths].sort().join(' + ')
  if (depth.submittedOn.size > 0) return `submitted on ${on(depth.submittedOn)}`
  if (depth.reviewOn.size > 0) return `reached check answers on ${on(depth.reviewOn)}, not submitted`
  const n = depth.maxCompleted
  return `stopped with ${n >= 10 ? '10+' : n >= 5 ? '5-9' : '0-4'} steps completed`
}

describe('the flow machine, over random sessions', () => {
  it('never throws and never stands on a step whose earlier steps are incomplete', () => {
    fc.assert(
      fc.property(scenario, ([startPath, ruleSetId, g]) => {
        run(startPath, ruleSetId, g)
      }),
      { numRuns: 40 },
    )
  }, 30_000)

  it('gets deep: a good share of sessions reach check answers and submit, on each path', () => {
    const depths: Depth[] = []
    fc.statistics(
      scenario,
      ([startPath, ruleSetId, g]) => {
        const depth = run(startPath, ruleSetId, g)
        depths.push(depth)
        return label(depth)
      },
      { numRuns: 80 },
    )
    const expectShare = (what: string, test: (d: Depth) => boolean, atLeast: number) =>
      expect(depths.filter(test).length / depths.length, what).toBeGreaterThanOrEqual(atLeast)
    // Observed: about two thirds submit (a quarter to two fifths on each path) and three quarters complete 10+
    // steps. The bounds leave room for chance over 80 runs, not for generators that stop matching the steps.
    for (const p of pathIds) {
      expectShare(`reached check answers on ${p}`, (d) => d.reviewOn.has(p), 0.1)
      expectShare(`submitted on ${p}`, (d) => d.submittedOn.has(p), 0.05)
    }
    expectShare('submitted on either path', (d) => d.submittedOn.size > 0, 0.35)
    expectShare('10 or more steps completed', (d) => d.maxCompleted >= 10, 0.5)
  }, 30_000)

  it.each(stepIds.filter((id) => steps[id].kind === 'form'))(
    'draws values that pass the schema of %s (what the deep runs stand on)',
    (id: StepId) => {
      for (const ruleSetId of ruleSetIds) {
        const state: FlowState = {
          ...start('standalone', ruleSetId),
          current: id,
          answers: { 'subject-type': { subjectType: 'enterprise' } },
        }
        const ruleSet = ruleSets[ruleSetId]
        const schemas = pathIds.map((p) =>
          stepSchema(id, { path: p, ruleSet, today, answers: state.answers }),
        )
        fc.assert(
          fc.property(validStepValues(stepContext(state)), fc.constantFrom(...schemas), (values, schema) => {
            expect(schema.safeParse(values).error?.issues ?? []).toEqual([])
          }),
          { numRuns: 50 },
        )
      }
    },
  )
})
