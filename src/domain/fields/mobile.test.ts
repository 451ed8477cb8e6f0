// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { mobileLikeInput } from './arbitraries'
import { createMobileSchema, normaliseMobile } from './mobile'
import { isUserMessage, messagesOf, parsed, rulesOf } from './test-support'

const mobile = createMobileSchema(ruleSets.current)
const format = '手机号码应为11位，以1开头；可以带+86，空格和短横线会自动去掉'

describe('mobile (rule: MOBILE)', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-13800138000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['138—0013—8000', '13800138000'],
    ['19912345678', '19912345678'],
    ['8613912345678', '13912345678'],
  ])('accepts %j as %j', (input, output) => {
    expect(parsed(mobile, input)).toBe(output)
  })

  it.each([
    ['empty', '', '请输入管理员手机号码'],
    ['not a string', undefined, '请输入管理员手机号码'],
    ['10 digits', '1380013800', format],
    ['12 digits', '138001380001', format],
    ['starting with 2', '23800138000', format],
    ['a letter', '1380013800a', format],
    ['+1 prefix', '+1 13800138000', format],
    ['second digit 2', '12800138000', '手机号码的第2位应是3到9，请核对'],
    ['second digit 0', '10800138000', '手机号码的第2位应是3到9，请核对'],
  ])('refuses %s', (_, input, message) => {
    expect(messagesOf(mobile, input)).toEqual([message])
  })

  it('cites the rule and speaks Chinese', () => {
    expect(rulesOf(mobile, '12800138000')).toEqual(['MOBILE'])
    expect(messagesOf(mobile, '12800138000').every(isUserMessage)).toBe(true)
  })

  it('normalises idempotently', () => {
    fc.assert(
      fc.property(mobileLikeInput(), (input) => {
        const once = normaliseMobile(input, 11)
        expect(normaliseMobile(once, 11)).toBe(once)
      }),
      { numRuns: 1000 },
    )
  })

  it('parses every formatting of a valid number to the same 11 digits', () => {
    const digits = fc.tuple(
      fc.constantFrom(...'3456789'),
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 }),
    )
    const prefix = fc.constantFrom('', '+86', '0086', '86', '+86 ', '+86-')
    const separator = fc.constantFrom('', ' ', '-')
    fc.assert(
      fc.property(digits, prefix, separator, ([second, rest], p, sep) => {
        const number = `1${second}${rest}`
        const typed = `${p}${number.slice(0, 3)}${sep}${number.slice(3, 7)}${sep}${number.slice(7)}`
        expect(parsed(mobile, typed)).toBe(number)
      }),
    )
  })
})
