// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { requireRuleValue } from '../rules/rule-set'
import {
  allowedCharactersText,
  characterKind,
  characterProblem,
  invisibleProblem,
  isAllowedCharacter,
} from './characters'

// The characters of the free-text fields: kinds as the platform's documents name them (中文、英文、数字、空格),
// and the invisible characters refused under every rule set (the app's own rule: none is typed on purpose).

const nameCharacters = requireRuleValue(ruleSets.current, 'MP_NAME').characters!

describe('character kinds', () => {
  it.each([
    ['中', 'han'],
    ['〇', 'han'],
    ['𠈌', 'han'], // Extension B, outside the BMP
    ['a', 'latin'],
    ['Z', 'latin'],
    ['7', 'digit'],
    [' ', 'space'],
    ['Ａ', null], // full-width: not 英文 as the rule lists it
    ['１', null],
    ['é', null],
    ['の', null],
    ['<', null],
    ['\u3000', null],
  ])('%s is %s', (c, kind) => {
    expect(characterKind(c)).toBe(kind)
  })

  it('allows the symbols a rule lists, and only those', () => {
    for (const c of ['-', '+', '&', '.']) expect(isAllowedCharacter(c, nameCharacters)).toBe(true)
    for (const c of ['<', '>', '/', '_', '·', '（']) expect(isAllowedCharacter(c, nameCharacters)).toBe(false)
  })
})

describe('the allowed characters in words, from the rule set', () => {
  it('names the kinds, then the symbols', () => {
    expect(allowedCharactersText(nameCharacters)).toBe('汉字、英文字母、数字、空格和“-”、“+”、“&”、“.”')
    expect(allowedCharactersText({ kinds: ['han', 'digit'], symbols: [] })).toBe('汉字、数字')
    // Brackets as pairs; a lone one as itself.
    expect(allowedCharactersText({ kinds: ['han'], symbols: ['（', '）', '(', '·'] })).toBe(
      '汉字和“（）”、“(”、“·”',
    )
  })
})

describe('the first character not allowed (rule: MP_NAME, source: official)', () => {
  it.each([
    [
      'markup: the first offending character',
      '<script>',
      '名称里不能有“<”。名称只能使用汉字、英文字母、数字、空格和“-”、“+”、“&”、“.”，请删去或换掉它',
    ],
    [
      'a Chinese bracket',
      '示例（预约）',
      '名称里不能有“（”。名称只能使用汉字、英文字母、数字、空格和“-”、“+”、“&”、“.”，请删去或换掉它',
    ],
    [
      'a full-width letter, whose half-width form is allowed',
      '示例Ａ店',
      '名称里的“Ａ”是全角字符，请换成半角的“A”',
    ],
    ['a full-width plus', '示例＋', '名称里的“＋”是全角字符，请换成半角的“+”'],
    ['a full-width space', '示例\u3000预约', '名称里的全角空格是全角字符，请换成半角的空格'],
  ])('%s', (_, value, message) => {
    expect(characterProblem('MP_NAME', 'miniProgramName', value, nameCharacters)).toEqual({
      rule: 'MP_NAME',
      message,
    })
  })

  it('finds nothing in a name of allowed characters', () => {
    expect(characterProblem('MP_NAME', 'miniProgramName', 'A&B 预约-1.0+', nameCharacters)).toBeNull()
  })
})

describe('invisible characters: refused with position and code point, under every rule set', () => {
  it.each([
    ['a zero-width space', '示例\u200b预约', 3, '零宽字符', 'U+200B'],
    ['a byte order mark', '示例\ufeff', 3, '零宽字符', 'U+FEFF'],
    ['a right-to-left override', '\u202e示例', 1, '文字方向控制符', 'U+202E'],
    ['a control character', '示例\u0007', 3, '控制字符', 'U+0007'],
    ['a tab', '示例\t预约', 3, '控制字符', 'U+0009'],
    ['a line break in a one-line field', '示例\n预约', 3, '控制字符', 'U+000A'],
  ])('%s', (_, value, position, what, code) => {
    expect(invisibleProblem('MP_NAME', 'miniProgramName', value)).toEqual({
      rule: 'MP_NAME',
      message: `名称的第${position}个字符是看不见的${what}（${code}），多半是复制粘贴时带进来的。请删掉它，或清空这一栏后重新输入`,
    })
  })

  it('keeps line breaks where the field has lines, and the joiner inside an emoji sequence', () => {
    expect(invisibleProblem('MP_INTRO', 'intro', '第一行\n第二行\r\n第三行', { lineBreaks: true })).toBeNull()
    expect(
      invisibleProblem('MP_INTRO', 'intro', '全家👨\u200d👩\u200d👧都能用', { lineBreaks: true }),
    ).toBeNull()
    expect(invisibleProblem('MP_INTRO', 'intro', '示例\u200d预约', { lineBreaks: true })?.message).toContain(
      'U+200D',
    )
  })
})
