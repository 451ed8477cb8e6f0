import { checkQuotas } from '../quota/check-quotas'
import type { OfficialAccountUsage, QuotaFinding, QuotaRequest, Usage } from '../quota/types'
import type { RuleId } from '../rules/rule-ids'
import { topicOf } from '../rules/rule-ids'
import type { RuleSet } from '../rules/rule-set'
import { ruleValue } from '../rules/rule-set'
import type { SubjectType } from '../subject'
import type { PathId } from './step-ids'
import type { StepDef } from './steps'
import type { FlowState } from './state'
import type { Answers, OaStatusValues } from './step-values'

export function officialAccountUsage(status: OaStatusValues, subjectType: SubjectType): OfficialAccountUsage {
  return {
    subjectType,
    sameSubjectLinks: status.sameSubjectLinks,
    otherSubjectLinks: status.otherSubjectLinks,
    monthNewLinks: { sameSubject: status.monthSameSubjectLinks, otherSubject: status.monthOtherSubjectLinks },
    monthFastRegistrations: status.monthFastRegistrations,
    fastRegistrationPending: status.fastRegistrationPending,
    email: status.email,
  }
}

/**
 * The account's counts as typed on its status step, raised to what the caller knows from its records (the
 * ledger): the larger of the two, since either may miss associations the other has.
 */
function mergeAccountUsage(
  typed: OfficialAccountUsage,
  known: OfficialAccountUsage | undefined,
): OfficialAccountUsage {
  if (!known) return typed
  return {
    ...typed,
    sameSubjectLinks: Math.max(typed.sameSubjectLinks, known.sameSubjectLinks),
    otherSubjectLinks: Math.max(typed.otherSubjectLinks, known.otherSubjectLinks),
    monthNewLinks: {
      sameSubject: Math.max(typed.monthNewLinks.sameSubject, known.monthNewLinks.sameSubject),
      otherSubject: Math.max(typed.monthNewLinks.otherSubject, known.monthNewLinks.otherSubject),
    },
    monthFastRegistrations: Math.max(typed.monthFastRegistrations, known.monthFastRegistrations),
    fastRegistrationPending: typed.fastRegistrationPending || known.fastRegistrationPending,
  }
}

/** The answers as they would be with `values` submitted at the current step. */
function withValues(state: FlowState, values: unknown): Answers {
  return { ...state.answers, [state.current]: values }
}

/** rule: REUSE_OA_TYPES — only an organisation's official account can be certified and reused. */
function eligibility(ruleSet: RuleSet, subjectType: SubjectType): QuotaFinding[] {
  const allowed = ruleValue(ruleSet, 'REUSE_OA_TYPES')?.subjectTypes
  if (!allowed || allowed.includes(subjectType)) return []
  return [
    { ruleId: 'REUSE_OA_TYPES', severity: 'block', limit: null, used: 0, requested: 1, remaining: null },
  ]
}

/** Whether a step's guard is checked on this path: the reuse eligibility only where an account is reused. */
export function guardApplies(id: RuleId, path: PathId): boolean {
  return id !== 'REUSE_OA_TYPES' || path === 'reuse'
}

/**
 * The findings of a step's guards for the values about to be submitted. `known` is what the caller counted
 * for these values (other registrations in this browser, the ledger); the official account's counts come
 * from its status step, raised to what the records know.
 */
export function evaluateGuards(
  step: StepDef,
  state: FlowState,
  values: unknown,
  ruleSet: RuleSet,
  known: Usage = {},
): QuotaFinding[] {
  if (step.guards.length === 0) return []
  const answers = withValues(state, values)
  // The standalone path asks for the email before the subject type: rules for every subject still apply.
  const subjectType = answers['subject-type']?.subjectType
  const findings: QuotaFinding[] = []
  const quotaGuards: RuleId[] = []
  for (const id of step.guards.filter((guard) => guardApplies(guard, state.path))) {
    if (id === 'REUSE_OA_TYPES') {
      if (subjectType) findings.push(...eligibility(ruleSet, subjectType))
    } else if (topicOf(id) === 'quota') {
      quotaGuards.push(id)
    }
  }
  if (quotaGuards.length === 0) return findings
  const status = answers['oa-status']
  const usage: Usage = {
    ...known,
    ...(state.path === 'reuse' && status && subjectType
      ? {
          officialAccount: mergeAccountUsage(
            officialAccountUsage(status, subjectType),
            known.officialAccount,
          ),
        }
      : {}),
  }
  const request: QuotaRequest = {
    action: state.path === 'reuse' ? 'fast-register' : 'standalone',
    subjectType,
    email: answers.account?.email,
    only: quotaGuards,
  }
  return [...findings, ...checkQuotas(usage, request, ruleSet)]
}
