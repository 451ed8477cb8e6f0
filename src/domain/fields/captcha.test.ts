// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createCaptchaSchema } from './captcha'
import { messagesOf, parsed, rulesOf } from './test-support'

const captcha = createCaptchaSchema(ruleSets.current)

describe('captcha (rule: CAPTCHA)', () => {
  it('accepts any characters typed, trimmed', () => {
    expect(parsed(captcha, ' a7Kp ')).toBe('a7Kp')
  })

  it.each([[''], ['   '], [undefined]])('refuses %j and says how to get another', (value) => {
    expect(messagesOf(captcha, value)).toEqual(['请输入图片中的验证码；看不清可以点“换一张”'])
  })

  it('cites the rule', () => {
    expect(rulesOf(captcha, '')).toEqual(['CAPTCHA'])
  })
})
