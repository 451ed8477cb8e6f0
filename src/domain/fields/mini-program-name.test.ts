// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createMiniProgramNameSchema } from './mini-program-name'
import { isUserMessage, messagesOf, parsed, rulesOf } from './test-support'

const name = createMiniProgramNameSchema(ruleSets.current)

describe('mini program name (rule: MP_NAME)', () => {
  it.each([
    ['width 4 in Latin', 'abcd'],
    ['width 4 in Chinese', '中文'],
    ['width 30 in Chinese', '中'.repeat(15)],
    ['width 30 mixed', `${'中'.repeat(14)}ab`],
    ['width 30 in Latin', 'a'.repeat(30)],
  ])('accepts %s', (_, value) => {
    expect(parsed(name, value)).toBe(value)
  })

  it.each([
    ['width 3 in Latin', 'abc', '名称太短：现在3个字符，至少4个（一个汉字算2个）'],
    ['width 3 mixed', '中a', '名称太短：现在3个字符，至少4个（一个汉字算2个）'],
    ['width 31 mixed', `${'中'.repeat(15)}a`, '名称太长：现在31个字符，最多30个（一个汉字算2个），请删减'],
    ['width 32 in Chinese', '中'.repeat(16), '名称太长：现在32个字符，最多30个（一个汉字算2个），请删减'],
    ['width 31 in Latin', 'a'.repeat(31), '名称太长：现在31个字符，最多30个（一个汉字算2个），请删减'],
    ['小程序', '好用小程序', '名称不能含有“小程序”，请去掉这个词'],
    ['小 程 序', '好用小 程 序', '名称不能含有“小程序”，请去掉这个词'],
    ['empty', '  ', '请输入小程序名称'],
    ['not a string', undefined, '请输入小程序名称'],
  ])('refuses %s', (_, value, message) => {
    expect(messagesOf(name, value)).toEqual([message])
  })

  it('is trimmed, and the spaces trimmed do not count', () => {
    expect(parsed(name, '  中文  ')).toBe('中文')
    expect(messagesOf(name, ' abc ')).toHaveLength(1)
  })

  it('cites the rule and speaks Chinese', () => {
    expect(rulesOf(name, 'abc')).toEqual(['MP_NAME'])
    expect(messagesOf(name, '小程序名').every(isUserMessage)).toBe(true)
  })
})
