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

// rule: MP_INTRO, source: official — setSignature: error 53204 "功能介绍长度必须在4~120个字符范围，且是合法的UTF8
// 字符串"; its notes "signature至少4个字的中文描述" (read as at least 4 Chinese characters; stated under `current`).
// The API names no characters an intro may not hold: none is refused for what it is.
describe('the language and characters of an intro (rule: MP_INTRO, source: official, current)', () => {
  const tooFewHan = (count: number) =>
    `介绍要用中文写，至少4个汉字，现在只有${count}个。请用中文说明小程序提供什么服务`

  it.each([
    ['4 Chinese characters among Latin ones', 'Go 在线点餐 app'],
    ['Chinese punctuation, full-width as typed', '在线点餐，排队（免费）！'],
    ['several lines', '在线点餐\n查看排队进度'],
    ['an emoji sequence', '全家👨\u200d👩\u200d👧都能用的点餐'],
    ['markup around Chinese text: no rule names < or > (shown as text, never run)', '<b>在线点餐服务</b>'],
  ])('accepts %s', (_, value) => {
    expect(parsed(intro, value)).toBe(value)
  })

  it.each([
    ['<script>alert(1)</script>: no Chinese description', '<script>alert(1)</script>', tooFewHan(0)],
    ['English only', 'Order food online.', tooFewHan(0)],
    ['3 Chinese characters', 'Order 点餐吧 online', tooFewHan(3)],
    [
      'a zero-width space',
      '在线\u200b点餐服务',
      '介绍的第3个字符是看不见的零宽字符（U+200B），多半是复制粘贴时带进来的。请删掉它，或清空这一栏后重新输入',
    ],
    [
      'a text direction override',
      '在线点餐\u202e服务',
      '介绍的第5个字符是看不见的文字方向控制符（U+202E），多半是复制粘贴时带进来的。请删掉它，或清空这一栏后重新输入',
    ],
  ])('refuses %s', (_, value, message) => {
    expect(messagesOf(intro, value)).toEqual([message])
    expect(rulesOf(intro, value)).toEqual(['MP_INTRO'])
  })

  it('refuses <script>alert(1)</script> with a message a user understands', () => {
    const [message] = messagesOf(intro, '<script>alert(1)</script>')
    expect(isUserMessage(message ?? '')).toBe(true)
  })
})

// rule: MP_INTRO, source: official — setSignature (设置小程序介绍, https://developers.weixin.qq.com/doc/oplatform/
// openApi/miniprogram-management/basic-info-management/api_setsignature.html), checked again 2026-12-01: 53204
// "功能介绍长度必须在4~120个字符范围，且是合法的UTF8字符串". Half of a surrogate pair (a truncated emoji or rare
// character) cannot be written as UTF-8: refused, under both rule sets, with its position.
describe('an intro that is not valid UTF-8 (rule: MP_INTRO, source: official)', () => {
  const broken = (schema: typeof intro) => messagesOf(schema, `在线点餐${'\ud83d'}服务`)
  it.each([
    ['current', intro],
    ['guide', createIntroSchema(ruleSets.guide)],
  ])('refuses a lone surrogate under %s', (_, schema) => {
    expect(broken(schema)).toEqual([
      '介绍的第5个字符已损坏（U+D83D），无法按 UTF-8 保存，多半是复制粘贴时截断了表情或生僻字。请删掉它，或清空这一栏后重新输入',
    ])
    expect(rulesOf(schema, `在线点餐${'\udfff'}服务`)).toEqual(['MP_INTRO'])
  })

  it('still accepts a whole emoji and a whole rare character', () => {
    expect(parsed(intro, '在线点餐😀𠈌服务')).toBe('在线点餐😀𠈌服务')
  })
})

// rule: MP_INTRO, source: guide — the guide says nothing of the intro's language: English passes under `guide`.
describe('an intro under guide (rule: MP_INTRO, source: guide)', () => {
  const guideIntro = createIntroSchema(ruleSets.guide)
  it('accepts an intro without Chinese, and still refuses an invisible character', () => {
    expect(parsed(guideIntro, 'Order food online.')).toBe('Order food online.')
    expect(rulesOf(guideIntro, 'Order\u200bfood')).toEqual(['MP_INTRO'])
  })
})
