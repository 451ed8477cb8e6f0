// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createIntroSchema } from './intro'
import { isUserMessage, messagesOf, parsed, rulesOf } from './test-support'

const intro = createIntroSchema(ruleSets.current)

describe('intro (rule: MP_INTRO)', () => {
  it.each([
    ['4 characters', '在线点餐'],
    ['120 characters', '介'.repeat(120)],
    ['120 mixed characters', `${'a'.repeat(60)}${'介'.repeat(60)}`],
    ['rare characters counted once', '𠈌𠈌𠈌𠈌'],
  ])('accepts %s', (_, value) => {
    expect(parsed(intro, value)).toBe(value)
  })

  it.each([
    ['3 characters', '点餐吧', '介绍至少4个字，现在3个，请补充'],
    ['121 characters', '介'.repeat(121), '介绍最多120个字，现在121个，请删去1个'],
    ['130 characters', 'a'.repeat(130), '介绍最多120个字，现在130个，请删去10个'],
    ['empty', ' ', '请输入小程序介绍'],
    ['not a string', 42, '请输入小程序介绍'],
  ])('refuses %s', (_, value, message) => {
    expect(messagesOf(intro, value)).toEqual([message])
  })

  it('cites the rule and speaks Chinese', () => {
    expect(rulesOf(intro, 'abc')).toEqual(['MP_INTRO'])
    expect(messagesOf(intro, 'abc').every(isUserMessage)).toBe(true)
  })
})
