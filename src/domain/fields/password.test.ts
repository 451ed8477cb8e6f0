// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createPasswordSchema, passwordConfirmationSchema } from './password'
import { isUserMessage, messagesOf, parsed, rulesOf, withRuleValue } from './test-support'

const password = createPasswordSchema(ruleSets.current)
const confirmation = passwordConfirmationSchema(ruleSets.current)

describe('password (rule: PASSWORD_POLICY)', () => {
  it.each([
    ['8 characters', 'abcd1234'],
    ['symbols', 'Ab!@#$%^&*()_+-=[]{};:",.<>/?`~|\\'.slice(0, 32)],
    ['32 characters', 'A'.repeat(32)],
  ])('accepts %s', (_, value) => {
    expect(parsed(password, value)).toBe(value)
  })

  it.each([
    ['7 characters', 'abc1234', '密码至少8位，现在只有7位'],
    ['a space', 'abcd 1234', '密码只能用字母、数字或英文符号，不能有空格、汉字或全角符号'],
    ['Chinese', '密码abcd1234', '密码只能用字母、数字或英文符号，不能有空格、汉字或全角符号'],
    ['a full-width symbol', 'abcd1234！', '密码只能用字母、数字或英文符号，不能有空格、汉字或全角符号'],
    ['nothing', '', '请输入密码'],
    ['not a string', undefined, '请输入密码'],
  ])('refuses %s', (_, value, message) => {
    expect(messagesOf(password, value)).toEqual([message])
  })

  it('is case-sensitive and never trimmed', () => {
    expect(parsed(password, 'AbCdEfGh')).toBe('AbCdEfGh')
    expect(messagesOf(password, ' abcd1234')).toHaveLength(1)
  })

  it('cites the rule and speaks Chinese', () => {
    expect(rulesOf(password, 'short')).toEqual(['PASSWORD_POLICY'])
    expect(messagesOf(password, 'short').every(isUserMessage)).toBe(true)
  })
})

// rule: PASSWORD_POLICY, source: guide — the guide's form text "字母、数字或者英文符号，最短8位，区分大小写" states a
// minimum and no maximum; checked 2026-12-01, no Tencent page states one either (the 32 the app once refused had
// no source). Under both rule sets a long password is not refused; a rule set that states a maximum still has it.
describe('the longest password (rule: PASSWORD_POLICY, source: guide; none found official)', () => {
  it.each([ruleSets.current, ruleSets.guide])('accepts 33 and 128 characters under $id', (ruleSet) => {
    const schema = createPasswordSchema(ruleSet)
    expect(parsed(schema, 'A'.repeat(33))).toBe('A'.repeat(33))
    expect(parsed(schema, `Ab1!${'x'.repeat(124)}`)).toBe(`Ab1!${'x'.repeat(124)}`)
  })

  it('refuses beyond a maximum only when the rule set states one', () => {
    const stated = withRuleValue(ruleSets.current, 'PASSWORD_POLICY', { minLength: 8, maxLength: 32 })
    expect(messagesOf(createPasswordSchema(stated), 'A'.repeat(33))).toEqual(['密码最多32位，现在有33位'])
  })
})

describe('password confirmation (rule: PASSWORD_POLICY, rehearsal screens)', () => {
  it('accepts a matching pair', () => {
    expect(parsed(confirmation, { password: 'abcd1234', confirm: 'abcd1234' })).toEqual({
      password: 'abcd1234',
      confirm: 'abcd1234',
    })
  })

  it('reports a mismatch on 确认密码', () => {
    const result = confirmation.safeParse({ password: 'abcd1234', confirm: 'abcd1235' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['confirm'], '两次输入的密码不一致，请重新输入确认密码'],
    ])
  })

  it('reports a mismatch even while the password itself is too short', () => {
    const result = confirmation.safeParse({ password: 'abc', confirm: 'abd' })
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['password'], '密码至少8位，现在只有3位'],
      [['confirm'], '两次输入的密码不一致，请重新输入确认密码'],
    ])
  })

  it('asks for the confirmation once, not as a mismatch too', () => {
    const result = confirmation.safeParse({ password: 'abcd1234', confirm: '' })
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['confirm'], '请再次输入密码']])
  })
})
