// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { currentRuleSet as current } from '../rules/current'
import { guideRuleSet as guide } from '../rules/guide'
import { officialAccount, situation } from './test-situations'
import { pathTimeline, reuseSteps, standaloneSteps } from './timeline'

describe('timeline', () => {
  it('standalone under current: activation the same day, review 1–15, ICP 1–2 + 1–20, code review up to 7', () => {
    const timeline = pathTimeline(standaloneSteps(situation(), current))
    expect(timeline.steps.map((s) => s.step)).toEqual([
      'email-activation',
      'certification-review',
      'transfer-verification',
      'icp-precheck',
      'icp-authority',
      'code-review',
    ])
    expect(timeline.register).toEqual({ min: 1, max: 15 })
    expect(timeline.publish).toEqual({ min: 3, max: 29 })
    expect(timeline.total).toEqual({ min: 4, max: 44 })
  })

  // rule: TRANSFER_VERIFY — enterprise and sole proprietor only, within 10 days; not stated under guide
  it('offers the small transfer only where it applies and is stated', () => {
    const transfer = standaloneSteps(situation(), current).find((s) => s.step === 'transfer-verification')
    expect(transfer).toMatchObject({ when: 'alternative', deadlineDays: 10, ruleId: 'TRANSFER_VERIFY' })
    expect(
      standaloneSteps(situation({ subjectType: 'government' }), current).map((s) => s.step),
    ).not.toContain('transfer-verification')
    expect(standaloneSteps(situation(), guide).map((s) => s.step)).not.toContain('transfer-verification')
  })

  // rule: CERT_REVIEW_TIME — not stated under guide
  it('under guide the review time is not stated: no upper bound', () => {
    const timeline = pathTimeline(standaloneSteps(situation(), guide))
    expect(timeline.steps.find((s) => s.step === 'certification-review')?.workingDays).toBeNull()
    expect(timeline.register).toEqual({ min: 0, max: null })
    expect(timeline.total.max).toBeNull()
  })

  // rule: REUSE_CERT_OUTCOME — under current the new mini program starts uncertified: its own review follows.
  it('reuse under current: the new mini program is certified on its own', () => {
    const timeline = pathTimeline(reuseSteps(situation(), current))
    expect(timeline.prepare).toEqual({ min: 0, max: 0 })
    expect(timeline.register).toEqual({ min: 1, max: 15 })
    expect(timeline.steps.find((s) => s.step === 'separate-certification')?.when).toBe('always')
  })

  it('reuse under guide: registration and certification in one', () => {
    const timeline = pathTimeline(reuseSteps(situation(), guide))
    expect(timeline.register).toEqual({ min: 0, max: 0 })
  })

  // rule: REUSE_OA_CERTIFIED
  it('an uncertified account is certified first', () => {
    const timeline = pathTimeline(
      reuseSteps(situation({ officialAccount: officialAccount({ certified: false }) }), current),
    )
    expect(timeline.steps[0]).toMatchObject({ step: 'certify-official-account', stage: 'prepare' })
    expect(timeline.prepare).toEqual({ min: 1, max: 15 })
  })
})
