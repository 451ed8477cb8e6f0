// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import {
  createMiniProgramNameSchema,
  createRegisteredMiniProgramNameSchema,
  miniProgramNameKey,
  sameMiniProgramName,
} from './mini-program-name'
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

// rule: MP_NAME, source: official — "小程序名称可以由中文、数字、英文、空格及部分特殊符号（“空格”、“-”、“+”、
// “&”、“.”）组成" (小商店 submit_basicinfo, the official field description of 小程序名称); stated under `current`.
describe('the characters of a name (rule: MP_NAME, source: official, current)', () => {
  const allowed = '汉字、英文字母、数字、空格和“-”、“+”、“&”、“.”'
  const notAllowed = (char: string) => `名称里不能有${char}。名称只能使用${allowed}，请删去或换掉它`

  it.each([
    ['Chinese, letters and digits', '示例预约2024Go'],
    ['a space between words', 'Demo 预约'],
    ['each listed symbol', 'A&B-预约+1.0'],
    ['a rare Chinese character', '𠈌𠈌预约'],
  ])('accepts %s', (_, value) => {
    expect(parsed(name, value)).toBe(value)
  })

  it.each([
    ['markup, naming its first character', '<script>alert(1)</script>', notAllowed('“<”')],
    ['an underscore', '示例_预约', notAllowed('“_”')],
    ['a middle dot', '示例·预约', notAllowed('“·”')],
    ['Chinese punctuation', '示例，预约', notAllowed('“，”')],
    ['an emoji', '示例预约😀', notAllowed('“😀”')],
    ['a Japanese kana', 'すし预约', notAllowed('“す”')],
    [
      'a full-width letter (not normalised: the platform is not known to)',
      'Ｄemo预约',
      '名称里的“Ｄ”是全角字符，请换成半角的“D”',
    ],
    ['a full-width digit', '示例预约１号', '名称里的“１”是全角字符，请换成半角的“1”'],
    ['a full-width space inside', '示例\u3000预约', '名称里的全角空格是全角字符，请换成半角的空格'],
    [
      'a zero-width space (refused, never stripped: the name is copied to the platform as checked)',
      '示例\u200b预约',
      '名称的第3个字符是看不见的零宽字符（U+200B），多半是复制粘贴时带进来的。请删掉它，或清空这一栏后重新输入',
    ],
    [
      'a control character',
      '示例\u0000预约',
      '名称的第3个字符是看不见的控制字符（U+0000），多半是复制粘贴时带进来的。请删掉它，或清空这一栏后重新输入',
    ],
  ])('refuses %s', (_, value, message) => {
    expect(messagesOf(name, value)).toEqual([message])
    expect(rulesOf(name, value)).toEqual(['MP_NAME'])
  })

  it('refuses <script>alert(1)</script> with a message a user understands', () => {
    const [message] = messagesOf(name, '<script>alert(1)</script>')
    expect(isUserMessage(message ?? '')).toBe(true)
    expect(message).toContain('“<”')
    expect(message).toContain('请删去或换掉它')
  })

  it('trims a full-width space or a byte order mark at either end, as any space', () => {
    expect(parsed(name, '\u3000示例预约\ufeff')).toBe('示例预约')
  })
})

// rule: MP_NAME, source: guide — the guide names no characters: under `guide` none is refused for being one,
// but an invisible character still is (the app's own rule, under every rule set).
describe('the characters of a name under guide (rule: MP_NAME, source: guide)', () => {
  const guideName = createMiniProgramNameSchema(ruleSets.guide)

  it.each([
    ['markup', '<b>预约</b>'],
    ['Chinese punctuation', '示例，预约'],
    ['a full-width letter', 'Ｄemo预约'],
  ])('accepts %s', (_, value) => {
    expect(parsed(guideName, value)).toBe(value)
  })

  it('refuses an invisible character', () => {
    expect(rulesOf(guideName, '示例\u200b预约')).toEqual(['MP_NAME'])
  })
})

describe('two names compared for sameness (warns of a name used twice: MP_NAME, unique on the platform)', () => {
  it.each([
    ['the same name', '示例预约助手', '示例预约助手', true],
    ['spaces around', ' 示例预约助手 ', '示例预约助手', true],
    ['case', 'Demo Shop', 'demo shop', true],
    ['full-width letters and spaces', 'Ｄｅｍｏ\u3000Ｓｈｏｐ', 'demo shop', true],
    ['runs of spaces', 'Demo   Shop', 'Demo Shop', true],
    ['a zero-width space', '示例\u200b预约', '示例预约', true],
    ['different names', '示例预约助手', '示例排队助手', false],
    ['a space that splits a word', 'DemoShop', 'Demo Shop', false],
    ['two empty names', '', ' ', false],
  ])('%s: %s ~ %s → %s', (_, a, b, same) => {
    expect(sameMiniProgramName(a, b)).toBe(same)
    expect(sameMiniProgramName(b, a)).toBe(same)
  })

  it('compares by one key', () => {
    expect(miniProgramNameKey(' Ｄｅｍｏ  Shop ')).toBe('demo shop')
  })
})

// rule: MP_NAME — a name the platform already registered (the ledger's records) is a fact: its characters are
// not judged again, so a backup made before the character rule still imports; length and the word still are.
describe('a registered name, as the ledger records it (rule: MP_NAME)', () => {
  const registered = createRegisteredMiniProgramNameSchema(ruleSets.current)

  it.each([
    ['any characters', '=HYPERLINK("x")'],
    ['Chinese punctuation', '示例，预约'],
  ])('accepts %s', (_, value) => {
    expect(parsed(registered, value)).toBe(value)
  })

  it.each([
    ['the forbidden word', '好用小程序', '名称不能含有“小程序”，请去掉这个词'],
    ['a name too long', 'a'.repeat(31), '名称太长：现在31个字符，最多30个（一个汉字算2个），请删减'],
  ])('refuses %s', (_, value, message) => {
    expect(messagesOf(registered, value)).toEqual([message])
  })
})
