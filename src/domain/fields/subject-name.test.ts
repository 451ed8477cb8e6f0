// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createSubjectNameSchema } from './subject-name'
import { isUserMessage, messagesOf, parsed, rulesOf } from './test-support'

// rule: SUBJECT_NAME, source: official — the fast-registration API asks for the name "需与工商部门登记信息一致",
// and 企业名称登记管理规定 art. 5 for 规范汉字; the brackets, the middle dot, Latin letters and digits are the
// characters registered names are seen to carry (confidence medium). Stated under `current` only.
const subjectName = createSubjectNameSchema(ruleSets.current)
const allowed = '汉字、英文字母、数字和“（）”、“()”、“·”'
const notAllowed = (char: string) => `主体名称里不能有${char}。主体名称只能使用${allowed}，请删去或换掉它`

describe('subject name (rule: SUBJECT_NAME, source: official, current)', () => {
  it.each([
    ['a company', '示例科技有限公司'],
    ['a region in full-width brackets', '腾讯科技（深圳）有限公司'],
    ['a region in half-width brackets (not changed into full-width)', '示例科技(深圳)有限公司'],
    ['Latin letters of an older registered name', 'TCL科技集团股份有限公司'],
    ['a nameless sole proprietor: 个体户 and the name, with its dot', '个体户买买提·艾力'],
    ['two characters', '示例'],
  ])('accepts %s', (_, value) => {
    expect(parsed(subjectName, value)).toBe(value)
  })

  it.each([
    ['markup, naming its first character', '<script>alert(1)</script>', notAllowed('“<”')],
    ['a space', '示例 科技有限公司', notAllowed('空格')],
    ['a comma', '示例科技，有限公司', notAllowed('“，”')],
    ['an ampersand', '甲&乙有限公司', notAllowed('“&”')],
    [
      'a full-width letter, whose half-width form is allowed',
      'ＴＣＬ科技集团',
      '主体名称里的“Ｔ”是全角字符，请换成半角的“T”',
    ],
    [
      'a zero-width space',
      '示例\u200b科技有限公司',
      '主体名称的第3个字符是看不见的零宽字符（U+200B），多半是复制粘贴时带进来的。请删掉它，或清空这一栏后重新输入',
    ],
    ['one character', '示', '请输入主体名称，与证件上的名称一致'],
    ['nothing', '   ', '请输入主体名称，与证件上的名称一致'],
    ['not a string', undefined, '请输入主体名称，与证件上的名称一致'],
    ['101 characters', '示'.repeat(101), '主体名称不能超过100个字'],
  ])('refuses %s', (_, value, message) => {
    expect(messagesOf(subjectName, value)).toEqual([message])
    expect(rulesOf(subjectName, value)).toEqual(value === undefined ? [undefined] : ['SUBJECT_NAME'])
  })

  it('refuses <script>alert(1)</script> with a message a user understands', () => {
    const [message] = messagesOf(subjectName, '<script>alert(1)</script>')
    expect(isUserMessage(message ?? '')).toBe(true)
    expect(message).toContain('“<”')
  })
})

// rule: SUBJECT_NAME, source: guide — the guide shows the field and states nothing of its characters.
describe('subject name under guide (rule: SUBJECT_NAME, source: guide)', () => {
  const guideSubjectName = createSubjectNameSchema(ruleSets.guide)
  it('refuses no character for what it is, and still refuses an invisible one', () => {
    expect(parsed(guideSubjectName, '示例 & 科技')).toBe('示例 & 科技')
    expect(rulesOf(guideSubjectName, '示例\u200b科技')).toEqual(['SUBJECT_NAME'])
  })
})
