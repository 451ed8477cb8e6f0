import {
  officialAccountMenuPath,
  requireRuleValue,
  type FlowState,
  type RuleSet,
  type StepId,
} from '../../../domain'
import { hasMessage, t } from '../../../i18n'
import { menuPathText } from '../../../ui/rules/rule-text'

/**
 * What to do on the platform in a step, one action a line, or `null` when the step has no instructions. The
 * numbers and the menu paths come from the rule set (the SMS code's length: rule SMS_CODE; where to click in the
 * official account's back office: rule OA_MENU_PATH), so switching the rule set changes them.
 */
export function stepInstructions(step: StepId, flow: FlowState, ruleSet: RuleSet): string[] | null {
  const key = `steps.${step}.instructions`
  if (!hasMessage(key)) return null
  return t(key, {
    email: flow.answers.account?.email ?? '',
    smsLength: requireRuleValue(ruleSet, 'SMS_CODE').length,
    managementPath: menuPathText(officialAccountMenuPath(ruleSet, 'management')),
    openPath: menuPathText(officialAccountMenuPath(ruleSet, 'openMiniProgram')),
    fastRegisterPath: menuPathText(officialAccountMenuPath(ruleSet, 'fastRegister')),
  }).split('\n')
}
