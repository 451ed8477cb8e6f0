import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'

// Letters, digits and ASCII symbols: printable ASCII without the space (a space is not an "英文符号").
const passwordCharacters = /^[\x21-\x7e]*$/

export function passwordProblem(value: string, ruleSet: RuleSet): FieldProblem | null {
  const { minLength, maxLength } = requireRuleValue(ruleSet, 'PASSWORD_POLICY')
  if (value === '') return problem('PASSWORD_POLICY', t('fields.password.required'))
  // rule: PASSWORD_POLICY
  if (!passwordCharacters.test(value)) return problem('PASSWORD_POLICY', t('fields.password.characters'))
  // rule: PASSWORD_POLICY
  if (value.length < minLength) {
    return problem('PASSWORD_POLICY', t('fields.password.tooShort', { min: minLength, length: value.length }))
  }
  // rule: PASSWORD_POLICY — a maximum only where the rule set states one (no source states one today)
  if (maxLength !== null && value.length > maxLength) {
    return problem('PASSWORD_POLICY', t('fields.password.tooLong', { max: maxLength, length: value.length }))
  }
  return null
}

/**
 * 密码: a candidate checked against the policy, never stored. Not trimmed or changed in any way: the password
 * is case-sensitive and a stray space is an error to show, not to hide.
 */
export function createPasswordSchema(ruleSet: RuleSet) {
  return z
    .string({ error: () => t('fields.password.required') })
    .check(reportProblems((value: string) => passwordProblem(value, ruleSet)))
}

/** 密码 + 确认密码, for trainer mode's rehearsal screens only: the app never asks for the real password. */
export function passwordConfirmationSchema(ruleSet: RuleSet) {
  return (
    z
      .object({
        password: createPasswordSchema(ruleSet),
        confirm: z
          .string({ error: () => t('fields.passwordConfirm.required') })
          .check(
            reportProblems((value: string) =>
              value === '' ? problem('PASSWORD_POLICY', t('fields.passwordConfirm.required')) : null,
            ),
          ),
      })
      // rule: PASSWORD_POLICY — 确认密码 must equal 密码; shown even while the password itself has a problem
      .refine((value) => value.password === value.confirm, {
        path: ['confirm'],
        params: { rule: 'PASSWORD_POLICY' },
        error: () => t('fields.passwordConfirm.mismatch'),
        when: (payload) => {
          const value = payload.value as { password?: unknown; confirm?: unknown } | undefined
          return (
            typeof value?.password === 'string' && typeof value.confirm === 'string' && value.confirm !== ''
          )
        },
      })
  )
}
