// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createSmsCodeSchema } from './sms-code'
import { messagesOf, parsed, rulesOf } from './test-support'

const smsCode = createSmsCodeSchema(ruleSets.current)
const format = '短信验证码是6位数字，请查看手机短信后重新输入'

describe('SMS code (rule: SMS_CODE)', () => {
  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['０１２３４５', '012345'],
  ])('accepts %j as %j', (input, output) => {
    expect(parsed(smsCode, input)).toBe(output)
  })

  it.each([
    ['5 digits', '12345', format],
    ['7 digits', '1234567', format],
    ['a letter', '12345a', format],
    ['empty', '', '请输入短信验证码'],
    ['not a string', 123456, '请输入短信验证码'],
  ])('refuses %s', (_, input, message) => {
    expect(messagesOf(smsCode, input)).toEqual([message])
  })

  it('cites the rule', () => {
    expect(rulesOf(smsCode, '12345')).toEqual(['SMS_CODE'])
  })
})
