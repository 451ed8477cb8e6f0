import type { RuleId } from '../rules/rule-ids'
import { reuseCertification } from '../rules/fees'
import { appliesTo, ruleValue, type RuleSet, type WorkingDays } from '../rules/rule-set'
import type { Situation } from './situation'

export type TimelineStepId =
  | 'certify-official-account' // reuse, uncertified account: its certification review comes first
  | 'email-activation' // the activation link: the same day
  | 'certification-review' // standalone: certification review
  | 'transfer-verification' // standalone, enterprise or sole proprietor: a small transfer instead, within a deadline
  | 'reuse-certification' // reuse: the certification outcome shows right after activation
  | 'separate-certification' // reuse under `current`: the new mini program's own certification review
  | 'icp-precheck' // ICP filing: the platform's pre-check
  | 'icp-authority' // ICP filing: the provincial authority
  | 'code-review' // code review before release

/** prepare: once, before the first mini program; register: each mini program; publish: each, to release. */
export type TimelineStage = 'prepare' | 'register' | 'publish'

export interface TimelineStep {
  step: TimelineStepId
  stage: TimelineStage
  /** The rule the duration (or deadline) comes from. */
  ruleId: RuleId | null
  /** `null`: the rule set does not state how long it takes (指南未提及). */
  workingDays: WorkingDays | null
  /** always; if-needed (only on the worse outcome: counts toward the maximum); alternative (instead of certification-review). */
  when: 'always' | 'if-needed' | 'alternative'
  /** Calendar days within which the user must finish the step (TRANSFER_VERIFY). */
  deadlineDays?: number
}

/** Mainland China working days (calendar/working-days.ts: holidays off, 调休 on). `max: null` when not stated. */
export interface DayRange {
  min: number
  max: number | null
}

export interface PathTimeline {
  steps: TimelineStep[]
  prepare: DayRange
  register: DayRange
  publish: DayRange
  /** prepare + register + publish: from today to release, for one mini program. */
  total: DayRange
}

function step(
  id: TimelineStepId,
  stage: TimelineStage,
  ruleId: RuleId | null,
  workingDays: WorkingDays | null,
  when: TimelineStep['when'] = 'always',
): TimelineStep {
  return { step: id, stage, ruleId, workingDays, when }
}

const sameDay: WorkingDays = { min: 0, max: 0 }

// rule: ICP_FILING (pre-check 1–2, authority 1–20), rule: CODE_REVIEW (up to 7)
function publishSteps(ruleSet: RuleSet): TimelineStep[] {
  const icp = ruleValue(ruleSet, 'ICP_FILING')
  return [
    step('icp-precheck', 'publish', 'ICP_FILING', icp?.precheck ?? null),
    step('icp-authority', 'publish', 'ICP_FILING', icp?.authority ?? null),
    step('code-review', 'publish', 'CODE_REVIEW', ruleValue(ruleSet, 'CODE_REVIEW')?.workingDays ?? null),
  ]
}

/** rule: CERT_REVIEW_TIME — 1 to 15 working days under `current`; not stated under `guide`. */
function reviewDays(ruleSet: RuleSet): WorkingDays | null {
  return ruleValue(ruleSet, 'CERT_REVIEW_TIME')?.workingDays ?? null
}

export function standaloneSteps(situation: Situation, ruleSet: RuleSet): TimelineStep[] {
  const steps = [
    step('email-activation', 'register', null, sameDay),
    step('certification-review', 'register', 'CERT_REVIEW_TIME', reviewDays(ruleSet)),
  ]
  // rule: TRANSFER_VERIFY — enterprise and sole proprietor may verify by a small transfer within 10 days.
  const transfer = ruleValue(ruleSet, 'TRANSFER_VERIFY')
  if (transfer && appliesTo(ruleSet, 'TRANSFER_VERIFY', situation.subjectType)) {
    steps.push({
      ...step('transfer-verification', 'register', 'TRANSFER_VERIFY', null, 'alternative'),
      deadlineDays: transfer.days,
    })
  }
  return [...steps, ...publishSteps(ruleSet)]
}

export function reuseSteps(situation: Situation, ruleSet: RuleSet): TimelineStep[] {
  const steps: TimelineStep[] = []
  // rule: REUSE_OA_CERTIFIED — an uncertified account goes through certification review first.
  if (situation.officialAccount?.certified === false) {
    steps.push(step('certify-official-account', 'prepare', 'CERT_REVIEW_TIME', reviewDays(ruleSet)))
  }
  steps.push(step('email-activation', 'register', null, sameDay))
  steps.push(step('reuse-certification', 'register', 'REUSE_CERT_OUTCOME', sameDay))
  // rule: REUSE_CERT_OUTCOME — under `current` the new mini program starts uncertified: its own review follows.
  if (reuseCertification(ruleSet, situation.subjectType).certification === 'separate') {
    steps.push(step('separate-certification', 'register', 'CERT_REVIEW_TIME', reviewDays(ruleSet)))
  }
  return [...steps, ...publishSteps(ruleSet)]
}

function sum(steps: readonly TimelineStep[]): DayRange {
  let min = 0
  let max: number | null = 0
  for (const { workingDays, when } of steps) {
    if (when === 'alternative') continue
    if (when === 'always' && workingDays) min += workingDays.min
    max = max === null || workingDays === null ? null : max + workingDays.max
  }
  return { min, max }
}

export function addDayRanges(a: DayRange, b: DayRange): DayRange {
  return { min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max }
}

export function pathTimeline(steps: TimelineStep[]): PathTimeline {
  const of = (stage: TimelineStage) => sum(steps.filter((s) => s.stage === stage))
  const [prepare, register, publish] = [of('prepare'), of('register'), of('publish')]
  return { steps, prepare, register, publish, total: addDayRanges(addDayRanges(prepare, register), publish) }
}
