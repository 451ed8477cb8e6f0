import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  createFieldSchemas,
  fieldHint,
  requireRuleValue,
  ruleIds,
  ruleSets,
  start,
  stepSchema,
  type RuleId,
  type RuleSet,
  type RuleValues,
} from '../../domain'
import { ruleSummary } from '../../ui/rules/rule-text'
import { InstructionList } from './steps/instruction-list'
import { stepInstructions } from './steps/instruction-text'
import { SubjectInfoForm } from './steps/subject-info-form'
import type { StepBodyProps } from './steps/step-body'

// Switching the rule set changes every number on screen: each text that shows a rule's number is rendered under
// both rule sets and under copies whose numbers are changed to values no rule set has, and the numbers shown must
// be exactly the rule set's (so a number hard-coded in the catalog, 18 or 6位, fails here).

function withValue<K extends RuleId>(ruleSet: RuleSet, id: K, value: RuleValues[K]): RuleSet {
  return { ...ruleSet, rules: { ...ruleSet.rules, [id]: { ...ruleSet.rules[id], value } } }
}

/** A copy of `base` whose field-rule numbers (and the limits the same texts show) are all unusual. */
function unusual(base: RuleSet): RuleSet {
  const changes: { [K in RuleId]?: RuleValues[K] } = {
    ID_CARD_NUMBER: {
      length: 19,
      adultAge: 19,
      foreignPermanentResidence: { prefix: '7', subjectTypes: ['media'] },
    },
    MOBILE: { length: 12 },
    SMS_CODE: { length: 7, resendSeconds: 61 },
    CREDIT_CODE: { length: 20, legacyLength: 16 },
    APPID: { prefix: 'wz', hexLength: 17 },
    APPSECRET: { hexLength: 33 },
    ID_CARD_LIMIT: { limit: 6 },
    PHONE_LIMIT: { limit: 7 },
  }
  return Object.entries(changes).reduce(
    (set, [id, value]) => withValue(set, id as RuleId, value as RuleValues[RuleId]),
    base,
  )
}

const setsToTry: [string, RuleSet][] = [
  ['guide', ruleSets.guide],
  ['current', ruleSets.current],
  ['guide with unusual numbers', unusual(ruleSets.guide)],
  ['current with unusual numbers', unusual(ruleSets.current)],
]

/** Every run of digits in a text, in order. */
function numbersIn(text: string): string[] {
  return text.match(/\d+/g) ?? []
}

function firstMessage(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value)
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to fail`)
  return result.error.issues[0]!.message
}

const v = requireRuleValue
const today = '2025-06-02'
const pickedAdmin = {
  name: '李四',
  idCardNumber: '110***********0014',
  mobile: '138****8000',
  idCardHash: 'a'.repeat(64),
  mobileHash: 'b'.repeat(64),
}

interface NumberText {
  /** What the screen shows, produced by the function the screen calls. */
  text: (ruleSet: RuleSet) => string
  /** Every number in that text, in order: the rule set's, plus fixed parts of a format named in a comment. */
  numbers: (ruleSet: RuleSet) => (number | string)[]
}

const texts: Record<string, NumberText> = {
  'rule summary ID_CARD_NUMBER': {
    text: (rs) => ruleSummary('ID_CARD_NUMBER', rs),
    numbers: (rs) => {
      const { length, adultAge, foreignPermanentResidence: card } = v(rs, 'ID_CARD_NUMBER')
      return [length, adultAge, ...(card ? [card.prefix, length] : [])]
    },
  },
  'rule summary MOBILE': {
    text: (rs) => ruleSummary('MOBILE', rs),
    numbers: (rs) => [v(rs, 'MOBILE').length, 1], // 以 1 开头: the first digit of every mainland mobile
  },
  'rule summary SMS_CODE': {
    text: (rs) => ruleSummary('SMS_CODE', rs),
    numbers: (rs) => [v(rs, 'SMS_CODE').length, v(rs, 'SMS_CODE').resendSeconds],
  },
  'rule summary CREDIT_CODE': {
    text: (rs) => ruleSummary('CREDIT_CODE', rs),
    numbers: (rs) => [v(rs, 'CREDIT_CODE').length, v(rs, 'CREDIT_CODE').legacyLength],
  },
  'rule summary APPID': {
    text: (rs) => ruleSummary('APPID', rs),
    numbers: (rs) => [v(rs, 'APPID').hexLength],
  },
  'rule summary APPSECRET': {
    text: (rs) => ruleSummary('APPSECRET', rs),
    numbers: (rs) => [v(rs, 'APPSECRET').hexLength],
  },
  'field hint idCardNumber': {
    text: (rs) => fieldHint('idCardNumber', rs),
    numbers: (rs) => [v(rs, 'ID_CARD_LIMIT').limit],
  },
  'field hint mobile': {
    text: (rs) => fieldHint('mobile', rs),
    numbers: (rs) => [v(rs, 'PHONE_LIMIT').limit],
  },
  'field hint smsCode': {
    text: (rs) => fieldHint('smsCode', rs),
    numbers: (rs) => [v(rs, 'SMS_CODE').length],
  },
  'field hint creditCode': {
    text: (rs) => fieldHint('creditCode', rs),
    numbers: (rs) => [v(rs, 'CREDIT_CODE').length, v(rs, 'CREDIT_CODE').legacyLength],
  },
  'field message idCardNumber (length)': {
    text: (rs) => firstMessage(createFieldSchemas(rs).idCardNumber, 'x'),
    numbers: (rs) => [v(rs, 'ID_CARD_NUMBER').length],
  },
  'field message mobile (format)': {
    text: (rs) => firstMessage(createFieldSchemas(rs).mobile, '2'),
    numbers: (rs) => [v(rs, 'MOBILE').length, 1, 86], // 以1开头, +86: the format, not a rule's number
  },
  'field message smsCode (format)': {
    text: (rs) => firstMessage(createFieldSchemas(rs).smsCode, 'x'),
    numbers: (rs) => [v(rs, 'SMS_CODE').length],
  },
  'field message creditCode (length)': {
    text: (rs) => firstMessage(createFieldSchemas(rs).creditCode, 'A'),
    numbers: (rs) => [v(rs, 'CREDIT_CODE').length, v(rs, 'CREDIT_CODE').legacyLength],
  },
  'field message appId (format)': {
    text: (rs) => firstMessage(createFieldSchemas(rs).appId, 'x'),
    numbers: (rs) => [v(rs, 'APPID').hexLength],
  },
  'field message appSecret (format)': {
    text: (rs) => firstMessage(createFieldSchemas(rs).appSecret, 'x'),
    numbers: (rs) => [v(rs, 'APPSECRET').hexLength],
  },
  'step admin-verify: the platform instructions': {
    text: (rs) => stepInstructions('admin-verify', start('standalone', rs.id), rs)!.join('\n'),
    numbers: (rs) => [v(rs, 'SMS_CODE').length],
  },
  'step admin: a ledger admin for an individual subject': {
    text: (rs) =>
      firstMessage(
        stepSchema('admin', {
          path: 'standalone',
          ruleSet: rs,
          today,
          answers: { 'subject-type': { subjectType: 'individual' } },
        }),
        pickedAdmin,
      ),
    numbers: (rs) => [v(rs, 'ID_CARD_NUMBER').adultAge],
  },
}

describe.each(setsToTry)('the numbers on screen under %s', (_, ruleSet) => {
  it.each(Object.entries(texts))('%s shows exactly the rule set’s numbers', (_name, { text, numbers }) => {
    expect(numbersIn(text(ruleSet))).toEqual(numbers(ruleSet).map(String))
  })

  it('the AppID summary names the rule set’s prefix', () => {
    const { prefix } = v(ruleSet, 'APPID')
    expect(ruleSummary('APPID', ruleSet)).toContain(`以 ${prefix} 开头`)
    expect(firstMessage(createFieldSchemas(ruleSet).appId, 'x')).toContain(`以${prefix}开头`)
  })

  it('renders the admin-verify instructions with the SMS code’s length (rule: SMS_CODE)', () => {
    render(<InstructionList flow={start('standalone', ruleSet.id)} step="admin-verify" ruleSet={ruleSet} />)
    const shown = screen
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '')
      .join('\n')
    expect(numbersIn(shown)).toEqual([String(v(ruleSet, 'SMS_CODE').length)])
  })

  it('renders the credit code hint of the subject step with the rule set’s lengths (rule: CREDIT_CODE)', () => {
    const flow = start('standalone', ruleSet.id)
    const props: StepBodyProps = {
      step: 'subject-info',
      item: { id: 'rule-numbers', flow, drafts: {}, createdAt: today, updatedAt: today },
      flow,
      ruleSet,
      today,
      submit: async () => {},
      keep: () => {},
      record: () => {},
      switchPath: () => {},
      reportErrors: () => {},
    }
    render(<SubjectInfoForm {...props} />)
    const input = screen.getByLabelText('统一社会信用代码')
    const hintId = (input.getAttribute('aria-describedby') ?? '').split(' ')[0]!
    const hint = document.getElementById(hintId)?.textContent ?? ''
    const { length, legacyLength } = v(ruleSet, 'CREDIT_CODE')
    expect(numbersIn(hint)).toEqual([String(length), String(legacyLength)])
  })
})

describe('under the default rule set', () => {
  it('renders the words it rendered when the numbers were written into the catalog', () => {
    const rs = ruleSets.current
    expect(ruleSummary('ID_CARD_NUMBER', rs)).toBe(
      '18 位，含出生日期和校验位（最后一位可以是 X）；个人主体的管理员须年满 18 周岁。' +
        '企业、个体工商户、政府、媒体、其他组织主体的管理员也可填写外国人永久居留身份证（新版，9 开头的 18 位号码），' +
        '但平台是否接受未能核实。',
    )
    expect(ruleSummary('MOBILE', rs)).toBe('中国大陆手机号码，11 位，以 1 开头。')
    expect(ruleSummary('CREDIT_CODE', rs)).toBe(
      '18 位统一社会信用代码（含校验位），或旧版 15 位营业执照注册号。',
    )
    expect(ruleSummary('APPID', rs)).toBe('以 wx 开头，后跟 16 位小写十六进制字符。')
    expect(ruleSummary('APPSECRET', rs)).toBe('32 位十六进制字符，平台只显示一次；本工具从不保存。')
    expect(ruleSummary('MP_NAME', rs)).toContain('不能含“小程序”')
    expect(texts['step admin-verify: the platform instructions']!.text(rs)).toContain(
      '填写手机收到的6位短信验证码',
    )
    expect(texts['step admin: a ledger admin for an individual subject']!.text(rs)).toBe(
      '个人主体的管理员就是本人，请手动填写完整身份证号，以核对是否年满18周岁',
    )
  })
})

describe('the unusual copies', () => {
  it('change every number the texts above show, so each text proves it follows the rule set', () => {
    for (const [name, { text, numbers }] of Object.entries(texts)) {
      for (const base of [ruleSets.guide, ruleSets.current]) {
        expect(numbers(unusual(base)), name).not.toEqual(numbers(base))
        expect(text(unusual(base)), name).not.toBe(text(base))
      }
    }
  })
})

// A number in a value: numbers, digit runs in strings (2023-09-01), and a byte count as the MB a summary shows.
function valueNumbers(value: unknown): string[] {
  if (typeof value === 'number') return [String(value), String(Math.round((value / 2 ** 20) * 100) / 100)]
  if (typeof value === 'string') return numbersIn(value)
  if (value && typeof value === 'object') return Object.values(value).flatMap(valueNumbers)
  return []
}

/** Numbers a summary may show that are not its rule's: fixed facts, each with its reason. */
const notRuleNumbers: Partial<Record<RuleId, string[]>> = {
  MOBILE: ['1'], // 以 1 开头
  MP_NAME: ['2'], // 一个汉字算 2 个: how the platform counts width (displayWidth)
  MP_LINK_OAS: ['500'], // the reported figure when the limit is unknown
  REUSE_CERT_OUTCOME: ['2023', '12', '25', '0'], // the date the outcome stopped being certain; 0 元 at best
}

describe.each(setsToTry)('every rule summary under %s', (_, ruleSet) => {
  it.each(ruleIds)('%s shows only numbers its rule carries', (id) => {
    const allowed = [...valueNumbers(ruleSet.rules[id].value), ...(notRuleNumbers[id] ?? [])]
    for (const shown of numbersIn(ruleSummary(id, ruleSet)))
      expect(allowed, `${id}: ${shown}`).toContain(shown)
  })
})
