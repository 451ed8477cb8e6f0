// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { setMessages } from '../../i18n'
import { zhCN } from '../../i18n/zh-CN'
import { fields as fieldMessages } from '../../i18n/zh-CN/fields'
import { ruleTopics, type RuleId } from '../rules/rule-ids'
import { requireRuleValue } from '../rules/rule-set'
import { ruleSets } from '../rules/rule-sets'
import {
  composeCreditCode,
  composeIdCardNumber,
  createFieldSchemas,
  fieldHint,
  fieldLabel,
  schemas,
  type FieldName,
} from './field-schemas'
import { isUserMessage, messagesOf, rulesOf, withRuleValue } from './test-support'

const MB = 1024 * 1024
const logo = (size: number) => ({ name: 'a.png', type: 'image/png', size })

/** For every field rule: a value that passes and one that fails at the boundary. */
const boundaries: { rule: RuleId; field: FieldName; pass: unknown; fail: unknown }[] = [
  { rule: 'EMAIL_FORMAT', field: 'email', pass: 'a@example.com', fail: 'a@example' },
  { rule: 'PASSWORD_POLICY', field: 'password', pass: 'abcd1234', fail: 'abcd123' },
  { rule: 'CAPTCHA', field: 'captcha', pass: 'k7', fail: '' },
  { rule: 'ADMIN_NAME', field: 'adminName', pass: '张'.repeat(30), fail: '张'.repeat(31) },
  {
    rule: 'ID_CARD_NUMBER',
    field: 'idCardNumber',
    pass: '11010519491231002X',
    fail: '11010519491231002',
  },
  { rule: 'MOBILE', field: 'mobile', pass: '13800138000', fail: '1380013800' },
  { rule: 'SMS_CODE', field: 'smsCode', pass: '123456', fail: '12345' },
  { rule: 'SUBJECT_NAME', field: 'subjectName', pass: '示例', fail: '示' },
  { rule: 'CREDIT_CODE', field: 'creditCode', pass: '91350100M000100Y43', fail: '91350100M000100Y4' },
  { rule: 'MP_NAME', field: 'miniProgramName', pass: '中'.repeat(15), fail: `${'中'.repeat(15)}a` },
  { rule: 'MP_INTRO', field: 'intro', pass: '介'.repeat(120), fail: '介'.repeat(121) },
  { rule: 'MP_LOGO', field: 'logo', pass: logo(2 * MB), fail: logo(2 * MB + 1) },
  { rule: 'APPID', field: 'appId', pass: 'wx0123456789abcdef', fail: 'wx0123456789abcde' },
  { rule: 'APPSECRET', field: 'appSecret', pass: 'a'.repeat(32), fail: 'a'.repeat(31) },
  {
    rule: 'SERVER_DOMAIN',
    field: 'serverDomain',
    pass: 'https://api.example.com:8080',
    fail: 'https://api.weixin.qq.com',
  },
]

describe('field schemas', () => {
  it('has a boundary case for every field rule of the rule book', () => {
    expect(boundaries.map((b) => b.rule).sort()).toEqual([...ruleTopics.field].sort())
  })

  it('exports one schema per field', () => {
    expect(Object.keys(schemas).sort()).toEqual(
      [
        'adminName',
        'appId',
        'appSecret',
        'captcha',
        'creditCode',
        'email',
        'idCardNumber',
        'intro',
        'logo',
        'miniProgramName',
        'registeredMiniProgramName',
        'mobile',
        'serverDomain',
        'smsCode',
        'subjectName',
        'password',
      ].sort(),
    )
  })

  describe.each(['current', 'guide'] as const)('under the %s rule set', (id) => {
    const built = createFieldSchemas(ruleSets[id])
    it.each(boundaries)('$rule: passes $field at the boundary and fails one step past it', (b) => {
      const schema: z.ZodType = built[b.field]
      expect(messagesOf(schema, b.pass)).toEqual([])
      const messages = messagesOf(schema, b.fail)
      expect(messages).toHaveLength(1)
      expect(messages.every(isUserMessage)).toBe(true)
      expect(rulesOf(schema, b.fail)).toEqual([b.rule])
    })
  })

  it('reads every number from the rule set it is given', () => {
    const base = ruleSets.current
    let changed = withRuleValue(base, 'PASSWORD_POLICY', { minLength: 10, maxLength: 32 })
    changed = withRuleValue(changed, 'SMS_CODE', { length: 4, resendSeconds: 60 })
    changed = withRuleValue(changed, 'MP_NAME', {
      minWidth: 4,
      maxWidth: 20,
      forbiddenWords: ['小程序', '微信'],
      changesPerYear: 2,
      characters: null,
    })
    changed = withRuleValue(changed, 'MP_INTRO', {
      minLength: 10,
      maxLength: 120,
      editsPerMonth: 5,
      minHanCharacters: null,
    })
    changed = withRuleValue(changed, 'MP_LOGO', { ...requireRuleValue(base, 'MP_LOGO'), maxBytes: MB })
    changed = withRuleValue(changed, 'APPID', { prefix: 'tt', hexLength: 16 })
    changed = withRuleValue(changed, 'ADMIN_NAME', { ...requireRuleValue(base, 'ADMIN_NAME'), maxLength: 4 })
    const s = createFieldSchemas(changed)
    expect(messagesOf(s.password, 'abcd12345')).toEqual(['密码至少10位，现在只有9位'])
    expect(messagesOf(s.smsCode, '1234')).toEqual([])
    expect(messagesOf(s.smsCode, '123456')).toEqual(['短信验证码是4位数字，请查看手机短信后重新输入'])
    expect(messagesOf(s.miniProgramName, '中'.repeat(11))).toEqual([
      '名称太长：现在22个字符，最多20个（一个汉字算2个），请删减',
    ])
    expect(messagesOf(s.miniProgramName, '微信助手')).toEqual(['名称不能含有“微信”，请去掉这个词'])
    expect(messagesOf(s.intro, '九个字的介绍文字啊')).toEqual(['介绍至少10个字，现在9个，请补充'])
    expect(messagesOf(s.logo, logo(MB + 1))).toEqual(['图片不能超过1 MB，这张有1.01 MB，请压缩后再选'])
    expect(messagesOf(s.appId, 'tt0123456789abcdef')).toEqual([])
    expect(messagesOf(s.adminName, '阿依古丽·买')).toEqual(['姓名最多4个字，现在有6个，请按身份证填写'])
  })

  it('computes messages when a value is checked, from the active catalog', () => {
    const tooShort = zhCN.fields.password.tooShort
    try {
      setMessages({
        ...zhCN,
        fields: { ...zhCN.fields, password: { ...zhCN.fields.password, tooShort: '至少{min}位' } },
      })
      expect(messagesOf(schemas.password, 'abc')).toEqual(['至少8位'])
    } finally {
      setMessages(zhCN)
    }
    expect(messagesOf(schemas.password, 'abc')).toEqual([
      tooShort.replace('{min}', '8').replace('{length}', '3'),
    ])
  })

  it("sets zod's zhCN locale as the fallback for anything without its own message", () => {
    const message = messagesOf(z.number(), 'x')[0] ?? ''
    expect(message).toMatch(/\p{Script=Han}/u)
  })

  it('has a Chinese message for every error in the catalog, without zod English', () => {
    type Group = { [key: string]: string | Group }
    const leaves = (group: Group): [string, string][] =>
      Object.entries(group).flatMap(([key, value]): [string, string][] =>
        typeof value === 'string' ? [[key, value]] : leaves(value),
      )
    const texts = leaves(fieldMessages as unknown as Group).filter(([key]) => key !== 'label')
    // Pieces that only join or quote other words: 、 或 “{char}”.
    for (const [, text] of texts.filter(([key]) => !['list', 'or', 'quoted'].includes(key))) {
      expect(isUserMessage(text), text).toBe(true)
    }
  })
})

describe('labels and hints', () => {
  it.each([
    ['email', '邮箱'],
    ['password', '密码'],
    ['passwordConfirm', '确认密码'],
    ['captcha', '验证码'],
    ['adminName', '管理员姓名'],
    ['idCardNumber', '管理员身份证'],
    ['mobile', '管理员手机'],
    ['smsCode', '短信验证码'],
    ['creditCode', '统一社会信用代码'],
    ['miniProgramName', '小程序名称'],
    ['intro', '介绍'],
    ['logo', '头像（LOGO）'],
    ['appId', 'AppID'],
    ['appSecret', 'AppSecret'],
    ['serverDomain', '服务器域名'],
  ] as const)('%s is labelled %s', (field, label) => {
    expect(fieldLabel(field)).toBe(label)
  })

  it("uses the guide's hints with the rule set's numbers", () => {
    const rs = ruleSets.current
    expect(fieldHint('email', rs)).toBe(
      '作为登录帐号，请填写未被微信公众平台注册，未被微信开放平台注册，未被个人微信号绑定的邮箱。',
    )
    expect(fieldHint('password', rs)).toBe('字母、数字或者英文符号，最短8位，区分大小写')
    expect(fieldHint('adminName', rs)).toBe('填写管理员身份证姓名；如果名字含分隔号“·”，请勿省略。')
    expect(fieldHint('idCardNumber', rs)).toBe('请输入管理员身份证号码。一个身份证号码只能绑定5个小程序。')
    expect(fieldHint('mobile', rs)).toBe('请输入您的手机号码，一个手机号码只能注册5个小程序。')
    expect(fieldHint('smsCode', rs)).toBe('请输入手机短信收到的6位验证码。')
    expect(fieldHint('logo', rs)).toBe(
      '支持BMP、JPEG、GIF、PNG格式，大小不超过2 MB；建议使用144×144的正方形图片',
    )
    expect(fieldHint('serverDomain', rs)).toContain('https://或wss://')
    const limited = withRuleValue(rs, 'ID_CARD_LIMIT', { limit: 3 })
    expect(fieldHint('idCardNumber', limited)).toBe(
      '请输入管理员身份证号码。一个身份证号码只能绑定3个小程序。',
    )
  })

  it('leaves no placeholder unfilled', () => {
    const fieldsWithHints = [
      'email',
      'password',
      'passwordConfirm',
      'captcha',
      'adminName',
      'idCardNumber',
      'mobile',
      'smsCode',
      'creditCode',
      'miniProgramName',
      'intro',
      'logo',
      'appId',
      'appSecret',
      'serverDomain',
    ] as const
    for (const field of fieldsWithHints) expect(fieldHint(field, ruleSets.current)).not.toMatch(/\{\w+\}/)
  })
})

describe('sample values for generators', () => {
  it('composes valid numbers that the schemas accept', () => {
    expect(messagesOf(schemas.idCardNumber, composeIdCardNumber('440305', '1990-05-17', '123'))).toEqual([])
    expect(messagesOf(schemas.creditCode, composeCreditCode('91440300MA5FXXXXX'.replace(/X/g, '0')))).toEqual(
      [],
    )
  })
})

// The production side of src/domain/fields: every module field-schemas.ts reaches through relative imports.
// Vite reads the files as raw text at test time, so this needs no Node typings.
const sources = import.meta.glob<string>(['../**/*.ts', '../../i18n/**/*.ts', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** 'src/domain/fields' + '../rules/rule-set' → 'src/domain/rules/rule-set'. */
function joinPath(dir: string, relative: string): string {
  const parts = dir.split('/')
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.') parts.push(part)
  }
  return parts.join('/')
}

const here = 'src/domain/fields'
const byPath = new Map(Object.entries(sources).map(([key, text]) => [joinPath(here, key), text]))

function reachable(file: string, seen = new Map<string, string>()): Map<string, string> {
  const source = byPath.get(file)
  if (source === undefined || seen.has(file)) return seen
  seen.set(file, source)
  const dir = file.slice(0, file.lastIndexOf('/'))
  for (const [, spec] of source.matchAll(/^\s*(?:import|export)\b[^'"]*['"]([^'"]+)['"]/gm)) {
    if (!spec?.startsWith('.')) continue
    const base = joinPath(dir, spec)
    const target = [`${base}.ts`, `${base}/index.ts`].find((f) => byPath.has(f))
    if (target) reachable(target, seen)
  }
  return seen
}

describe('production imports', () => {
  const modules = reachable(`${here}/field-schemas.ts`)

  it('finds the field modules, the rules and the catalog', () => {
    const files = [...modules.keys()]
    expect(files).toContain(`${here}/gb-11643.ts`)
    expect(files).toContain('src/domain/rules/rule-set.ts')
    expect(files).toContain('src/i18n/zh-CN/fields.ts')
  })

  it('never imports fast-check or the test support files', () => {
    for (const [file, source] of modules) {
      expect(source, file).not.toMatch(/from ['"]fast-check['"]/)
      expect(file).not.toMatch(/(arbitraries|test-support|\.test)\.ts$/)
    }
  })

  it('imports no React, no storage and reads no clock', () => {
    for (const [file, source] of modules) {
      expect(source, file).not.toMatch(/from ['"]react/)
      expect(source, file).not.toMatch(/\b(localStorage|sessionStorage|indexedDB)\b|\b(document|window)\./)
      expect(source, file).not.toMatch(/Date\.now\(|new Date\(\)/)
    }
  })
})
