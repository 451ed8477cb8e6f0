// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createEmailSchema } from './email'
import { isUserMessage, messagesOf, parsed, rulesOf } from './test-support'

const email = createEmailSchema(ruleSets.current)
const localPart = (n: number) => 'a'.repeat(n)

describe('email (rule: EMAIL_FORMAT)', () => {
  it.each([
    ['name@example.com', 'name@example.com'],
    ['  Name@Example.COM ', 'name@example.com'],
    ['ｎａｍｅ＠ｑｑ．ｃｏｍ', 'name@qq.com'],
    ['name@qq。com', 'name@qq.com'],
    ['first.last+tag@sub.example.cn', 'first.last+tag@sub.example.cn'],
  ])('accepts %j as %j', (input, output) => {
    expect(parsed(email, input)).toBe(output)
  })

  it.each([
    ['', '请输入邮箱'],
    ['   ', '请输入邮箱'],
    [undefined, '请输入邮箱'],
    ['name', '邮箱格式不对，应类似 name@example.com，请检查“@”和“.”'],
    ['name@', '邮箱格式不对，应类似 name@example.com，请检查“@”和“.”'],
    ['name@example', '邮箱格式不对，应类似 name@example.com，请检查“@”和“.”'],
    ['na me@example.com', '邮箱格式不对，应类似 name@example.com，请检查“@”和“.”'],
    ['name@@example.com', '邮箱格式不对，应类似 name@example.com，请检查“@”和“.”'],
  ])('refuses %j with %j', (input, message) => {
    expect(messagesOf(email, input)).toEqual([message])
  })

  it('accepts 254 characters and refuses 255 (the rule set maxLength)', () => {
    const domain = '@example.com'
    const at254 = localPart(254 - domain.length) + domain
    expect(messagesOf(email, at254)).toEqual([])
    expect(messagesOf(email, 'a' + at254)).toEqual(['邮箱最长254个字符，请换一个短一些的邮箱'])
  })

  it('cites the rule and speaks Chinese', () => {
    expect(rulesOf(email, 'x')).toEqual(['EMAIL_FORMAT'])
    expect(messagesOf(email, 'x').every(isUserMessage)).toBe(true)
  })
})
