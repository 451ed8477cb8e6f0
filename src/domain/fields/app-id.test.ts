// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createAppIdSchema } from './app-id'
import { messagesOf, parsed, rulesOf } from './test-support'

const appId = createAppIdSchema(ruleSets.current)
const format = 'AppID以wx开头，后面是16位数字或小写字母a到f，请从开发设置中复制'

describe('AppID (rule: APPID)', () => {
  it.each([
    ['wx0123456789abcdef', 'wx0123456789abcdef'],
    [' wxfedcba9876543210 ', 'wxfedcba9876543210'],
  ])('accepts %j', (input, output) => {
    expect(parsed(appId, input)).toBe(output)
  })

  it.each([
    ['15 hex characters', 'wx0123456789abcde', format],
    ['17 hex characters', 'wx0123456789abcdef0', format],
    ['upper-case hex', 'wx0123456789ABCDEF', format],
    ['not hex', 'wx0123456789abcdeg', format],
    ['another prefix', 'tt0123456789abcdef', format],
    ['upper-case prefix', 'WX0123456789abcdef', format],
    ['empty', '', '请输入AppID'],
  ])('refuses %s', (_, input, message) => {
    expect(messagesOf(appId, input)).toEqual([message])
  })

  it('cites the rule', () => {
    expect(rulesOf(appId, 'wx1')).toEqual(['APPID'])
  })
})
