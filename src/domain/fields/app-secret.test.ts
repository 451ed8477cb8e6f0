// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createAppSecretSchema } from './app-secret'
import { messagesOf, parsed, rulesOf } from './test-support'

const appSecret = createAppSecretSchema(ruleSets.current)
const format = 'AppSecret是32位数字或字母a到f，请从开发设置中复制'
const hex32 = '0123456789abcdef'.repeat(2)

describe('AppSecret (rule: APPSECRET)', () => {
  it.each([hex32, hex32.toUpperCase(), ` ${hex32} `])('accepts %j', (input) => {
    expect(parsed(appSecret, input)).toBe(input.trim())
  })

  it.each([
    ['31 characters', hex32.slice(1), format],
    ['33 characters', `${hex32}0`, format],
    ['not hex', `${hex32.slice(1)}g`, format],
    ['empty', '', '请输入AppSecret'],
  ])('refuses %s', (_, input, message) => {
    expect(messagesOf(appSecret, input)).toEqual([message])
  })

  it('cites the rule', () => {
    expect(rulesOf(appSecret, 'abc')).toEqual(['APPSECRET'])
  })
})
