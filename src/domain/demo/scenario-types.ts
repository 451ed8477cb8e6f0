import type { OutcomeEvent } from '../flow/outcomes'
import type { PathId, StepId } from '../flow/step-ids'
import type { FlowEvent, Rejection, TransitionResult } from '../flow/transition'
import type { RuleId } from '../rules/rule-ids'
import type { RuleSetId } from '../rules/rule-set'

/** 演示场景, in the order issue 13 lists them. */
export const scenarioIds = [
  'enterprise-certification', // 企业单独注册（认证）
  'enterprise-transfer', // 企业单独注册（小额打款）
  'individual-business', // 个体工商户单独注册
  'reuse-certified', // 复用已认证公众号
  'reuse-oa-uncertified', // 公众号未认证，先认证
  'reuse-cert-failed', // 复用后"认证未成功"再申请认证
  'id-card-full', // 管理员身份证已绑定满
  'phone-full', // 手机号已注册满
  'oa-links-full', // 公众号同主体关联已满
  'fast-reg-month-full', // 本月快速注册已用完
  'fast-reg-pending', // 已有"待完成注册"的快速注册
  'personal-reuse', // 个人主体想复用公众号
] as const

export type ScenarioId = (typeof scenarioIds)[number]

export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === 'string' && (scenarioIds as readonly string[]).includes(value)
}

/** What the ledger holds for this scenario's admin and subject before it starts. */
export interface ScenarioLedger {
  idCardMiniPrograms?: number
  phoneMiniPrograms?: number
  subjectMiniPrograms?: number
}

export type ScenarioEnd = { kind: 'done' } | { kind: 'blocked'; step: StepId; rule: RuleId }

export interface ResolvedScenario {
  id: ScenarioId
  path: PathId
  ruleSetId: RuleSetId
  ledger: ScenarioLedger
  /** The values each step is submitted with, in path order (form steps and instruction steps' {confirmed:true}). */
  answers: Partial<Record<StepId, Record<string, unknown>>>
  /** Platform outcomes recorded at outcome steps, in order, per step. Dated events carry the load day. */
  outcomes: Partial<Record<StepId, OutcomeEvent[]>>
  ends: ScenarioEnd
  /** The rules the scenario teaches (讲解提示 and 练一练). */
  rules: RuleId[]
}

/**
 * `not-stated`: the rule set does not state a rule the scenario depends on (the guide, for a transfer or the
 * monthly cap): shown as such, never played as if it held. `invalid`: a step's answer no longer passes its
 * schema under this rule set — a bug in the scenario's data, which the scenarios' test catches.
 */
export type ScenarioLoad =
  | { ok: true; scenario: ResolvedScenario }
  | { ok: false; reason: 'not-stated'; rule: RuleId }
  | { ok: false; reason: 'invalid'; step: StepId; issues: string[] }

export interface PlayFrame {
  step: StepId
  event: FlowEvent
  result: TransitionResult
}

/** `stopped`: the machine refused the scenario for another reason than a block (a bug its test catches). */
export type PlayEnd = ScenarioEnd | { kind: 'stopped'; step: StepId; reason: Rejection | 'too-long' }

export interface PlayResult {
  frames: PlayFrame[]
  end: PlayEnd
}
