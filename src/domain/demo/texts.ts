// The catalog keys (area 'demo') for scenarios and 讲解提示, with their numbers taken from the rule set: the
// domain names the keys and fills the params, the screens call t().
import type { MessageKey, MessageParams } from '../../i18n'
import { steps } from '../flow/steps'
import type { StepId } from '../flow/step-ids'
import type { RuleId } from '../rules/rule-ids'
import { requireRuleValue, ruleValue, type RuleSet } from '../rules/rule-set'
import { scenarioDefs } from './scenario-data'
import type { ScenarioId } from './scenario-types'

export interface CatalogText {
  key: MessageKey
  params: MessageParams
}

export interface ScenarioText {
  title: CatalogText
  teaches: CatalogText
  rules: RuleId[]
}

/** The numbers a scenario's title and summary show, from the rule set (empty where it states none). */
function scenarioParams(id: ScenarioId, ruleSet: RuleSet): MessageParams {
  switch (id) {
    case 'enterprise-transfer': {
      const days = ruleValue(ruleSet, 'TRANSFER_VERIFY')?.days
      return days === undefined ? {} : { days }
    }
    case 'individual-business':
      return { subjectTotal: requireRuleValue(ruleSet, 'SUBJECT_TOTAL').limitBySubject.sole_proprietor }
    case 'id-card-full':
      return { limit: requireRuleValue(ruleSet, 'ID_CARD_LIMIT').limit }
    case 'phone-full':
      return { limit: requireRuleValue(ruleSet, 'PHONE_LIMIT').limit }
    case 'oa-links-full':
      return { limit: requireRuleValue(ruleSet, 'OA_LINK_SAME').limit }
    case 'fast-reg-month-full': {
      const limit = ruleValue(ruleSet, 'FAST_REG_MONTHLY')?.limit
      return limit === undefined ? {} : { limit }
    }
    default:
      return {}
  }
}

/** A scenario's title and one line on what it teaches, for the scenario list. */
export function scenarioText(id: ScenarioId, ruleSet: RuleSet): ScenarioText {
  const params = scenarioParams(id, ruleSet)
  return {
    title: { key: `demo.scenarios.${id}.title`, params },
    teaches: { key: `demo.scenarios.${id}.teaches`, params },
    rules: [...scenarioDefs[id].rules],
  }
}

export interface StepHint extends CatalogText {
  /** The rules behind the step (link each to the rule book). */
  rules: RuleId[]
}

/** 讲解提示 for a step: what to point out and the common mistake, with the rule set's numbers. */
export function stepHint(step: StepId, ruleSet: RuleSet): StepHint {
  const rules = [...steps[step].rules]
  switch (step) {
    case 'oa-status':
      return {
        key: 'demo.hint.oa-status',
        params: {
          sameLimit: requireRuleValue(ruleSet, 'OA_LINK_SAME').limit,
          otherLimit: requireRuleValue(ruleSet, 'OA_LINK_OTHER').limit,
        },
        rules: [...rules, 'OA_LINK_OTHER'],
      }
    case 'admin':
      return {
        key: 'demo.hint.admin',
        params: {
          idCardLimit: requireRuleValue(ruleSet, 'ID_CARD_LIMIT').limit,
          phoneLimit: requireRuleValue(ruleSet, 'PHONE_LIMIT').limit,
          adultAge: requireRuleValue(ruleSet, 'ID_CARD_NUMBER').adultAge,
        },
        rules,
      }
    case 'transfer': {
      const days = ruleValue(ruleSet, 'TRANSFER_VERIFY')?.days
      return days === undefined
        ? { key: 'demo.hintNotStated.transfer', params: {}, rules }
        : { key: 'demo.hint.transfer', params: { days }, rules }
    }
    case 'profile': {
      const name = requireRuleValue(ruleSet, 'MP_NAME')
      return {
        key: 'demo.hint.profile',
        params: { minWidth: name.minWidth, maxWidth: name.maxWidth },
        rules,
      }
    }
    default:
      return { key: `demo.hint.${step}`, params: {}, rules }
  }
}
