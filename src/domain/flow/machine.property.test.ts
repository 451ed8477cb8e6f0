import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { samples } from '../samples'
import type { OutcomeEvent } from './outcomes'
import { isReachable, outline } from './progress'
import { start } from './state'
import { pathIds, stepIds } from './step-ids'
import { happyValues, today } from './test-walk'
import { transition, type FlowEvent } from './transition'

const target = fc.constantFrom('mini-program' as const, 'official-account' as const)
const date = fc.constantFrom(today, '2026-12-04', '2026-12-30')

const outcome: fc.Arbitrary<OutcomeEvent> = fc.oneof(
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
)

/** Values a user might submit: the right ones for some step, or junk. */
const values = fc.oneof(
  fc.constantFrom(...Object.values(happyValues)),
  fc.constantFrom(
    { subjectType: 'individual' },
    { subjectType: 'government' },
    { method: 'transfer' },
    { ...samples.oaStatus, certified: false },
    { ...samples.oaStatus, sameSubjectLinks: 10 },
    { ...samples.qualifications, operatorInfo: true },
  ),
  fc.anything(),
)

const event: fc.Arbitrary<FlowEvent> = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('submit' as const), values }), weight: 6 },
  { arbitrary: fc.constant({ type: 'back' as const }), weight: 1 },
  {
    arbitrary: fc.record({ type: fc.constant('visit' as const), step: fc.constantFrom(...stepIds) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ type: fc.constant('edit' as const), step: fc.constantFrom(...stepIds) }),
    weight: 1,
  },
  { arbitrary: fc.record({ type: fc.constant('record' as const), outcome }), weight: 3 },
  {
    arbitrary: fc.record({ type: fc.constant('switch-path' as const), path: fc.constantFrom(...pathIds) }),
    weight: 1,
  },
  { arbitrary: fc.constant({ type: 'reset' as const }), weight: 1 },
  { arbitrary: fc.anything() as fc.Arbitrary<FlowEvent>, weight: 1 },
)

describe('the flow machine, over random event sequences', () => {
  it('never throws and never stands on a step whose earlier steps are incomplete', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pathIds),
        fc.constantFrom('current' as const, 'guide' as const),
        fc.array(event, { maxLength: 60 }),
        (path, ruleSetId, events) => {
          let state = start(path, ruleSetId)
          for (const e of events) {
            const result = transition(state, e, { today })
            if (!result.ok) expect(result.state).toBe(state)
            state = result.state
            if (state.status === 'active') {
              expect(outline(state).steps).toContain(state.current)
              expect(isReachable(state, state.current)).toBe(true)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
