// 练一练: questions about the scenarios whose right answers the domain computes — the advisor for whether the
// subject can reuse an official account and what certification costs, the flow machine (the scenario played)
// for the rule the next step stops on. Nothing here writes an answer down: change a rule, and the answer follows.
import { advise } from '../advisor/advise'
import type { Situation } from '../advisor/situation'
import type { MoneyRange } from '../advisor/types'
import type { LocalDate } from '../dates'
import type { RuleId } from '../rules/rule-ids'
import type { RuleSet } from '../rules/rule-set'
import { ruleSets } from '../rules/rule-sets'
import { sampleStepValues } from './sample-data'
import { loadScenario, playScenario } from './scenarios'
import type { ResolvedScenario, ScenarioId } from './scenario-types'
import { scenarioText, type CatalogText } from './texts'

export type QuizKind = 'can-reuse' | 'fee' | 'blocked-rule'

/** 能复用吗: yes; yes once the official account is certified (a fee first); no. */
export type ReuseAnswer = 'yes' | 'certify-first' | 'no'

export type QuizOption =
  | { id: string; kind: 'can-reuse'; answer: ReuseAnswer }
  | { id: string; kind: 'fee'; amount: MoneyRange }
  /** `rule: null`: 不会卡住 — the registration goes through. */
  | { id: string; kind: 'blocked-rule'; rule: RuleId | null }

export interface QuizQuestion {
  /** `${kind}:${scenario}`: stable, for form field names and links. */
  id: string
  kind: QuizKind
  scenario: ScenarioId
  /** The situation, without what it teaches (that would give the answer away). */
  situation: CatalogText
  /** The question asked. */
  prompt: CatalogText
  options: QuizOption[]
  /** The id of the right option. */
  answer: string
  /** Shown after answering: the rules behind the answer (link each to the rule book). */
  rules: RuleId[]
  /** Shown after answering: what the scenario teaches. */
  explanation: CatalogText
}

/** The questions, in the order asked: each scenario where it teaches the answer best. */
const plan: readonly { kind: QuizKind; scenario: ScenarioId }[] = [
  { kind: 'can-reuse', scenario: 'personal-reuse' },
  { kind: 'can-reuse', scenario: 'reuse-oa-uncertified' },
  { kind: 'fee', scenario: 'enterprise-certification' },
  { kind: 'fee', scenario: 'reuse-certified' },
  { kind: 'fee', scenario: 'reuse-oa-uncertified' },
  { kind: 'blocked-rule', scenario: 'id-card-full' },
  { kind: 'blocked-rule', scenario: 'oa-links-full' },
  { kind: 'blocked-rule', scenario: 'fast-reg-month-full' },
  { kind: 'blocked-rule', scenario: 'reuse-certified' },
]

/**
 * What the advisor is told about a scenario: its subject, its official account as its status step says (a
 * personal subscription account, uncertified, for an individual who has no such step), one mini program wanted,
 * and the ledger's counts.
 */
export function scenarioSituation(scenario: ResolvedScenario, ruleSet: RuleSet): Situation {
  const subjectType =
    (scenario.answers['subject-type']?.subjectType as Situation['subjectType'] | undefined) ?? 'enterprise'
  const typed = scenario.answers['oa-status'] as ReturnType<typeof sampleStepValues<'oa-status'>> | undefined
  const status =
    typed ??
    (scenario.path === 'reuse'
      ? {
          ...sampleStepValues('oa-status', 0, ruleSet),
          accountType: 'subscription' as const,
          certified: false,
        }
      : undefined)
  return {
    subjectType,
    officialAccount: status
      ? {
          type: status.accountType,
          certified: status.certified,
          sameSubject: true,
          sameSubjectLinks: status.sameSubjectLinks,
          otherSubjectLinks: status.otherSubjectLinks,
          monthNewLinks: {
            sameSubject: status.monthSameSubjectLinks,
            otherSubject: status.monthOtherSubjectLinks,
          },
          monthFastRegistrations: status.monthFastRegistrations,
          fastRegistrationPending: status.fastRegistrationPending,
        }
      : null,
    wanted: 1,
    ...(scenario.ledger.subjectMiniPrograms !== undefined
      ? { subjectMiniPrograms: scenario.ledger.subjectMiniPrograms }
      : {}),
    ...(scenario.ledger.idCardMiniPrograms !== undefined
      ? { adminIdCardMiniPrograms: scenario.ledger.idCardMiniPrograms }
      : {}),
    ...(scenario.ledger.phoneMiniPrograms !== undefined
      ? { adminPhoneMiniPrograms: scenario.ledger.phoneMiniPrograms }
      : {}),
  }
}

/** rule: REUSE_OA_TYPES, REUSE_OA_CERTIFIED — the advisor's word on reusing the account, and what it costs first. */
export function reuseAnswer(situation: Situation, ruleSet: RuleSet, today: LocalDate): ReuseAnswer {
  const advice = advise(situation, ruleSet, today)
  const reuse = advice.fees.reuse
  if (advice.reuseCapacity === null || reuse === null) return 'no'
  return reuse.upfront.max > 0 ? 'certify-first' : 'yes'
}

/** rule: CERT_FEE, REUSE_CERT_OUTCOME — the certification fees of one mini program on the scenario's path. */
export function feeAnswer(
  scenario: ResolvedScenario,
  situation: Situation,
  ruleSet: RuleSet,
  today: LocalDate,
) {
  const fees = advise(situation, ruleSet, today).fees
  return scenario.path === 'reuse' && fees.reuse ? fees.reuse.total : fees.standalone.total
}

/** The rule the scenario's next step stops on, as the flow machine says when it is played; `null`: none. */
export function blockedAnswer(scenario: ResolvedScenario, ruleSet: RuleSet, today: LocalDate): RuleId | null {
  const { end } = playScenario(scenario, ruleSet, today)
  return end.kind === 'blocked' ? end.rule : null
}

/** A small deterministic shuffle (a linear congruential generator): the same seed, the same order. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let s = (Math.abs(Math.floor(seed)) % 2147483647) + 1
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 48271) % 2147483647
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const moneyKey = (m: MoneyRange) => `${m.min}-${m.max}`

/** The right amount and three wrong ones a trainee might expect: free, double, and the other rule set's figure. */
function feeOptions(right: MoneyRange, others: readonly MoneyRange[]): MoneyRange[] {
  const candidates = [right, ...others, { min: 0, max: 0 }, { min: right.max * 2, max: right.max * 2 }]
  const seen = new Map<string, MoneyRange>()
  for (const c of candidates) if (!seen.has(moneyKey(c)) && seen.size < 4) seen.set(moneyKey(c), c)
  for (let extra = 1; seen.size < 3; extra += 1) {
    const c = { min: 300 * extra, max: 300 * extra }
    if (!seen.has(moneyKey(c))) seen.set(moneyKey(c), c)
  }
  return [...seen.values()]
}

function question(
  kind: QuizKind,
  scenario: ResolvedScenario,
  ruleSet: RuleSet,
  today: LocalDate,
  otherRuleSet: RuleSet,
  blockRules: readonly RuleId[],
): Omit<QuizQuestion, 'options'> & { options: QuizOption[] } {
  const id = `${kind}:${scenario.id}`
  const situation = scenarioSituation(scenario, ruleSet)
  const text = scenarioText(scenario.id, ruleSet)
  const base = {
    id,
    kind,
    scenario: scenario.id,
    situation: { key: `demo.practice.situations.${scenario.id}`, params: situationParams(scenario) },
    prompt: { key: `demo.practice.ask.${kind}`, params: {} },
    explanation: text.teaches,
  } as const
  switch (kind) {
    case 'can-reuse': {
      const answer = reuseAnswer(situation, ruleSet, today)
      const options = (['yes', 'certify-first', 'no'] as const).map((a): QuizOption => ({
        id: `${id}:${a}`,
        kind,
        answer: a,
      }))
      const rules: RuleId[] = ['REUSE_OA_TYPES', 'REUSE_OA_CERTIFIED']
      return { ...base, options, answer: `${id}:${answer}`, rules }
    }
    case 'fee': {
      const right = feeAnswer(scenario, situation, ruleSet, today)
      const other = loadScenario(scenario.id, otherRuleSet, today)
      const others = other.ok ? [feeAnswer(other.scenario, situation, otherRuleSet, today)] : []
      const options = feeOptions(right, others).map((amount): QuizOption => ({
        id: `${id}:${moneyKey(amount)}`,
        kind,
        amount,
      }))
      const rules: RuleId[] =
        scenario.path === 'reuse' ? ['CERT_FEE', 'REUSE_CERT_OUTCOME', 'REUSE_OA_CERTIFIED'] : ['CERT_FEE']
      return { ...base, options, answer: `${id}:${moneyKey(right)}`, rules }
    }
    case 'blocked-rule': {
      const right = blockedAnswer(scenario, ruleSet, today)
      const wrong = blockRules.filter((rule) => rule !== right)
      const picked = [right, ...shuffle(wrong, blockRules.length + scenario.id.length).slice(0, 2), null]
      const unique = [...new Set(picked)]
      const options = unique.map((rule): QuizOption => ({ id: `${id}:${rule ?? 'none'}`, kind, rule }))
      return {
        ...base,
        options,
        answer: `${id}:${right ?? 'none'}`,
        rules: right ? [right] : [...scenario.rules],
      }
    }
  }
}

/** The numbers a situation states (the counts the ledger or the account's status holds). */
function situationParams(scenario: ResolvedScenario): Record<string, number> {
  const status = scenario.answers['oa-status'] as Record<string, unknown> | undefined
  const params: Record<string, number> = {}
  for (const [k, v] of Object.entries({ ...scenario.ledger, ...(status ?? {}) })) {
    if (typeof v === 'number') params[k] = v
  }
  return params
}

/**
 * 练一练 under `ruleSet`: one question per planned scenario the rule set can show (a scenario that depends on a
 * rule it does not state is left out), options in an order set by `seed` (the share link's ?q=).
 */
export function quiz(ruleSet: RuleSet, today: LocalDate, seed = 0): QuizQuestion[] {
  // The fee questions offer the other rule set's figure as a wrong answer: the guide's 0 beside today's fee.
  const otherRuleSet = ruleSets[ruleSet.id === 'current' ? 'guide' : 'current']
  const loaded = plan.flatMap(({ kind, scenario }) => {
    const load = loadScenario(scenario, ruleSet, today)
    return load.ok ? [{ kind, scenario: load.scenario }] : []
  })
  // The rules the blocked scenarios end on: each blocked-rule question's wrong options come from these.
  const blockRules = [
    ...new Set(
      loaded.flatMap(({ scenario }) => (scenario.ends.kind === 'blocked' ? [scenario.ends.rule] : [])),
    ),
  ]
  const extra: RuleId[] = ['ID_CARD_LIMIT', 'PHONE_LIMIT', 'OA_LINK_SAME', 'REUSE_OA_TYPES', 'SUBJECT_TOTAL']
  const pool = [...new Set([...blockRules, ...extra])]
  return loaded.map(({ kind, scenario }, index) => {
    const q = question(kind, scenario, ruleSet, today, otherRuleSet, pool)
    return { ...q, options: shuffle(q.options, seed * 31 + index) }
  })
}
