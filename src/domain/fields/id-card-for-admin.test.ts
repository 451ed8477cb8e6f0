// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { subjectTypes } from '../subject'
import { composeIdCardNumber } from './gb-11643'
import { createIdCardForAdminSchema } from './id-card-for-admin'
import { messagesOf, parsed, rulesOf } from './test-support'

const today = '2026-03-15'
const bornOn = (date: string) => composeIdCardNumber('110105', date, '123')
const forSubject = (subject: (typeof subjectTypes)[number]) =>
  createIdCardForAdminSchema(ruleSets.current, today, subject)

describe('ID card on the admin step (rule: ID_CARD_NUMBER)', () => {
  it('accepts an individual who turns 18 today and refuses one who turns 18 tomorrow', () => {
    const individual = forSubject('individual')
    expect(messagesOf(individual, bornOn('2008-03-15'))).toEqual([])
    expect(messagesOf(individual, bornOn('2008-03-16'))).toEqual([
      '个人主体的管理员须年满18周岁，这个身份证号码的持有人未满18周岁',
    ])
    expect(rulesOf(individual, bornOn('2008-03-16'))).toEqual(['ID_CARD_NUMBER'])
  })

  it('counts a 29 February birthday from 1 March', () => {
    const individual = createIdCardForAdminSchema(ruleSets.current, '2022-02-28', 'individual')
    expect(messagesOf(individual, bornOn('2004-02-29'))).toHaveLength(1)
    const nextDay = createIdCardForAdminSchema(ruleSets.current, '2022-03-01', 'individual')
    expect(messagesOf(nextDay, bornOn('2004-02-29'))).toEqual([])
  })

  it.each(subjectTypes.filter((s) => s !== 'individual'))('does not ask a %s admin to be 18', (subject) => {
    expect(messagesOf(forSubject(subject), bornOn('2010-01-01'))).toEqual([])
  })

  it.each(subjectTypes)('refuses a birth date after today for %s, accepts today', (subject) => {
    const schema = createIdCardForAdminSchema(ruleSets.current, today, subject)
    expect(messagesOf(schema, bornOn('2026-03-16'))).toEqual([
      '身份证号码中的出生日期晚于今天，请核对第7到14位',
    ])
    if (subject !== 'individual') expect(messagesOf(schema, bornOn(today))).toEqual([])
  })

  it('reports the structural problem alone, and normalises like the plain schema', () => {
    const individual = forSubject('individual')
    expect(messagesOf(individual, '123')).toEqual(['请输入18位身份证号码，最后一位可以是X'])
    expect(parsed(individual, ' 11010519491231002x ')).toBe('11010519491231002X')
  })
})

// rule: ID_CARD_NUMBER, unverified under current (see id-card-number.test.ts for the card's source): accepted for
// an organisation's admin; an individual subject is an adult mainland resident (the rule book's 个人).
describe('the permanent residence ID card on the admin step (rule: ID_CARD_NUMBER, current: unverified)', () => {
  const card = '911156198501010012'

  it.each(subjectTypes.filter((s) => s !== 'individual'))('accepts it for a %s admin', (subject) => {
    expect(messagesOf(forSubject(subject), card)).toEqual([])
  })

  it('refuses it for an individual subject, saying why', () => {
    expect(messagesOf(forSubject('individual'), card)).toEqual([
      '个人主体的管理员须是中国大陆居民本人，不能使用外国人永久居留身份证（9开头的号码），请填写居民身份证号码',
    ])
    expect(rulesOf(forSubject('individual'), card)).toEqual(['ID_CARD_NUMBER'])
  })

  it('reports only the check character when it is wrong', () => {
    expect(messagesOf(forSubject('individual'), '911156198501010013')).toEqual([
      '身份证号码的校验位不对，请逐位核对',
    ])
  })

  it('is refused for every subject under guide', () => {
    const schema = createIdCardForAdminSchema(ruleSets.guide, today, 'enterprise')
    expect(messagesOf(schema, card)).toEqual(['身份证号码的前两位（省份代码）不对，请核对'])
  })
})
