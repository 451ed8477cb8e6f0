import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { problem, reportProblems } from './field-problem'

/** 验证码: exists only on the platform and in rehearsal screens; its only rule is that it is filled in. */
export function createCaptchaSchema(ruleSet: RuleSet) {
  const { required } = requireRuleValue(ruleSet, 'CAPTCHA')
  return z
    .string({ error: () => t('fields.captcha.required') })
    .trim()
    .check(
      reportProblems((value: string) =>
        // rule: CAPTCHA
        required && value === '' ? problem('CAPTCHA', t('fields.captcha.required')) : null,
      ),
    )
}
