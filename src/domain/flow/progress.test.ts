import { describe, expect, it } from 'vitest'
import type { RuleSetId } from '../rules/rule-set'
import { samples } from '../samples'
import type { ReuseResult } from './outcomes'
import { phaseProgress, type PhaseState } from './phases'
import { outline, progress, stepCount } from './progress'
import { start, type FlowState } from './state'
import type { PathId, StepId } from './step-ids'
import { steps, type Phase } from './steps'
import { advance, ok, today } from './test-walk'

// Issue 10: "第 N 步，共 M 步" and the phases say what is done and what is current on every path variant.

interface Variant {
  name: string
  path: PathId
  overrides?: Partial<Record<StepId, unknown>>
  /** What the platform shows after a fast registration (the reuse path); certified unless given. */
  reuseResult?: ReuseResult
  ruleSetId?: RuleSetId
  length: number
}

const variants: Variant[] = [
  {
    name: 'standalone individual',
    path: 'standalone',
    overrides: { 'subject-type': { subjectType: 'individual' } },
    length: 11,
  },
  { name: 'standalone enterprise by certification', path: 'standalone', length: 14 },
  {
    name: 'standalone enterprise by transfer',
    path: 'standalone',
    overrides: { 'verification-method': { method: 'transfer' } },
    length: 14,
  },
  {
    name: 'standalone government (certification only)',
    path: 'standalone',
    overrides: { 'subject-type': { subjectType: 'government' } },
    length: 13,
  },
  {
    name: 'standalone enterprise under the guide rule set',
    path: 'standalone',
    ruleSetId: 'guide',
    length: 13,
  },
  { name: 'reuse, account certified', path: 'reuse', length: 14 },
  {
    name: 'reuse, account not certified',
    path: 'reuse',
    overrides: { 'oa-status': { ...samples.oaStatus, certified: false } },
    length: 15,
  },
  { name: 'reuse, 认证未成功', path: 'reuse', reuseResult: 'failed', length: 14 },
  { name: 'reuse, certification pending', path: 'reuse', reuseResult: 'pending', length: 14 },
]

/** Every state the user stands in, from the first step to the confirmation page, walked with the happy values. */
function walkAll(variant: Variant): FlowState[] {
  let state = start(variant.path, variant.ruleSetId)
  const seen = [state]
  while (state.status === 'active') {
    if (state.current === 'registration-result' && variant.reuseResult) {
      state = ok(state, { type: 'record', outcome: { kind: 'reuse-result', result: variant.reuseResult } })
      state = ok(state, { type: 'submit' })
    } else {
      state = advance(state, variant.overrides)
    }
    seen.push(state)
  }
  return seen
}

function at(states: FlowState[], step: StepId): FlowState {
  const found = states.find((s) => s.current === step)
  if (!found) throw new Error(`never stood on ${step}`)
  return found
}

const phasesOf = (state: FlowState): Partial<Record<Phase, PhaseState>> =>
  Object.fromEntries(phaseProgress(state).map((p) => [p.phase, p.state]))

describe.each(variants)('progress on the $name path', (variant) => {
  const states = walkAll(variant)

  it(`counts ${variant.length} steps, the confirmation page included`, () => {
    expect(states.map((s) => progress(s).index)).toEqual(states.map((_, i) => i + 1))
    expect(states).toHaveLength(variant.length)
    expect(stepCount(states[states.length - 1]!)).toEqual({ min: variant.length, max: variant.length })
  })

  it('never shows a total the path does not have: a range holds the real one, an exact total is it', () => {
    for (const state of states) {
      const { total } = progress(state)
      expect(total.min).toBeLessThanOrEqual(variant.length)
      expect(total.max).toBeGreaterThanOrEqual(variant.length)
      if (outline(state).complete) expect(total).toEqual({ min: variant.length, max: variant.length })
    }
  })

  it('has one current phase while active and none on the confirmation page', () => {
    for (const state of states.slice(0, -1)) {
      const current = phaseProgress(state).filter((p) => p.state === 'current')
      expect(current.map((p) => p.phase)).toEqual([steps[state.current].phase])
    }
    const done = states[states.length - 1]!
    expect(done.current).toBe('done')
    expect(phaseProgress(done).some((p) => p.state === 'current')).toBe(false)
    expect(phasesOf(done).review).toBe('done')
  })

  it('ticks a phase only once every one of its steps on the path is done', () => {
    const path = outline(states[states.length - 1]!).steps
    states.forEach((state, position) => {
      for (const { phase, state: shown } of phaseProgress(state)) {
        if (shown !== 'done') continue
        // Done means stood on and left behind: every member comes before the current position (the
        // confirmation page itself is done by 提交).
        const members = path.filter((id) => steps[id].phase === phase && id !== 'done')
        for (const id of members)
          expect(path.indexOf(id), `${phase} at ${state.current}`).toBeLessThan(position)
      }
    })
  })
})

describe('the total, as soon as it is known', () => {
  const enterprise = walkAll(variants[1]!)

  it('shows the standalone range from the path definition until the subject type is answered', () => {
    const totals = enterprise.map((s) => progress(s).total)
    // open-platform … subject-type: individual 11, government 13, an enterprise 14.
    for (const total of totals.slice(0, 5)) expect(total).toEqual({ min: 11, max: 14 })
    // An enterprise has 14 steps whichever verification it chooses: known from subject info on.
    for (const total of totals.slice(5)) expect(total).toEqual({ min: 14, max: 14 })
  })

  it('shows the reuse range until the official account’s status says whether it is certified', () => {
    const reuse = walkAll(variants[5]!)
    expect(reuse.slice(0, 3).map((s) => progress(s).total)).toEqual([
      { min: 14, max: 15 },
      { min: 14, max: 15 },
      { min: 14, max: 15 },
    ])
    expect(progress(reuse[3]!).total).toEqual({ min: 14, max: 14 })
  })

  it('under the guide rule set, which offers no transfer, a standalone path has 11 to 13 steps', () => {
    expect(stepCount(start('standalone', 'guide'))).toEqual({ min: 11, max: 13 })
  })
})

describe('phases', () => {
  it('standalone: 管理员 stays ticked at 确认主体信息, where 主体 is current again', () => {
    const states = walkAll(variants[1]!)
    expect(phasesOf(at(states, 'admin'))).toMatchObject({ subject: 'started', admin: 'current' })
    expect(phasesOf(at(states, 'confirm-subject'))).toEqual({
      platform: 'done',
      account: 'done',
      subject: 'current',
      admin: 'done',
      verification: 'todo',
      profile: 'todo',
      review: 'todo',
    })
    expect(phasesOf(at(states, 'certification'))).toMatchObject({ subject: 'done', verification: 'current' })
  })

  it('standalone: 验证 is listed while the subject type may need it, and dropped for an individual', () => {
    expect(phasesOf(start('standalone')).verification).toBe('todo')
    const individual = walkAll(variants[0]!)
    expect(phaseProgress(at(individual, 'admin')).map((p) => p.phase)).toEqual([
      'platform',
      'account',
      'subject',
      'admin',
      'profile',
      'review',
    ])
  })

  it('standalone by transfer: 验证 is done once the transfer is', () => {
    const states = walkAll(variants[2]!)
    expect(phasesOf(at(states, 'transfer')).verification).toBe('current')
    expect(phasesOf(at(states, 'profile')).verification).toBe('done')
  })

  it('the confirmation page: every phase done, nothing current', () => {
    const states = walkAll(variants[1]!)
    const done = at(states, 'done')
    expect(new Set(Object.values(phasesOf(done)))).toEqual(new Set(['done']))
  })

  it('reuse certified: 验证 is done after the registration result', () => {
    const states = walkAll(variants[5]!)
    expect(phasesOf(at(states, 'registration-result')).verification).toBe('current')
    expect(phasesOf(at(states, 'admin'))).toMatchObject({ verification: 'done', admin: 'current' })
  })

  it('reuse uncertified: the account is certified first, within the 公众号 phase', () => {
    const states = walkAll(variants[6]!)
    expect(phasesOf(at(states, 'certify-oa'))).toMatchObject({ subject: 'done', officialAccount: 'current' })
    expect(phasesOf(at(states, 'fast-register')).officialAccount).toBe('current')
    expect(phasesOf(at(states, 'account')).officialAccount).toBe('done')
  })

  it.each([variants[7]!, variants[8]!])(
    '$name: 验证 is not ticked, to the confirmation page, until the outcome says certified',
    (variant) => {
      const states = walkAll(variant)
      for (const step of ['admin', 'profile', 'review', 'done'] as const) {
        expect(phasesOf(at(states, step)).verification, step).toBe('started')
      }
      const done = at(states, 'done')
      expect(phasesOf(done)).toMatchObject({ review: 'done', admin: 'done', profile: 'done' })
      // The re-application (认证未成功) or the pending review is approved later: now it is done.
      let later = done
      if (variant.reuseResult === 'failed') {
        later = ok(later, {
          type: 'record',
          outcome: { kind: 'cert-submitted', target: 'mini-program', on: today },
        })
        expect(phasesOf(later).verification).toBe('started')
        later = ok(later, { type: 'record', outcome: { kind: 'cert-approved', target: 'mini-program' } })
      } else {
        later = ok(later, { type: 'record', outcome: { kind: 'reuse-result', result: 'certified' } })
      }
      expect(phasesOf(later).verification).toBe('done')
    },
  )
})
