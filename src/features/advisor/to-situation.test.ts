import { describe, expect, it } from 'vitest'
import { emptyAnswers, type AdvisorAnswers } from './answers'
import { toSituation } from './to-situation'

const account: AdvisorAnswers = {
  ...emptyAnswers,
  subjectType: 'enterprise',
  account: 'subscription',
  certified: 'no',
  sameSubject: 'yes',
  wanted: '2',
}

describe('toSituation', () => {
  it('counts a blank account box as 0 and leaves the other blanks unknown', () => {
    const checked = toSituation({ ...account, otherSubjectLinks: '1' })
    expect(checked).toEqual({
      ok: true,
      situation: {
        subjectType: 'enterprise',
        officialAccount: {
          type: 'subscription',
          certified: false,
          sameSubject: true,
          sameSubjectLinks: 0,
          otherSubjectLinks: 1,
          monthNewLinks: { sameSubject: 0, otherSubject: 0 },
          monthFastRegistrations: 0,
          fastRegistrationPending: false,
        },
        wanted: 2,
      },
    })
  })

  it('asks an individual nothing about an official account', () => {
    const checked = toSituation({ ...emptyAnswers, subjectType: 'individual', account: '', wanted: '1' })
    expect(checked).toMatchObject({ ok: true, situation: { officialAccount: null } })
  })

  it('lists what is missing or wrong in the order of the questions, with how to fix it', () => {
    const checked = toSituation({ ...emptyAnswers, account: 'service', monthSameLinks: '两个', wanted: '' })
    expect(checked).toEqual({
      ok: false,
      errors: [
        { fieldId: 'advisor-subjectType', message: '请选择主体类型' },
        { fieldId: 'advisor-certified', message: '请选择公众号是否已完成微信认证' },
        { fieldId: 'advisor-sameSubject', message: '请选择公众号和小程序是否同一个主体' },
        {
          fieldId: 'advisor-monthSameLinks',
          message: '“本月新增关联的同主体小程序（不含快速注册的）”请填写 0 到 999 之间的整数',
        },
        { fieldId: 'advisor-wanted', message: '请输入打算注册几个小程序：1 到 999 之间的整数' },
      ],
    })
  })

  it('asks whether there is an official account at all', () => {
    const checked = toSituation({ ...emptyAnswers, subjectType: 'media' })
    expect(checked).toEqual({
      ok: false,
      errors: [{ fieldId: 'advisor-account', message: '请选择这个主体有没有公众号' }],
    })
  })
})

describe('toSituation: counts as typed', () => {
  const enterprise: AdvisorAnswers = { ...emptyAnswers, subjectType: 'enterprise', account: 'none' }

  it('reads full-width digits (an input method types them) as the wizard does', () => {
    const checked = toSituation({ ...enterprise, wanted: '\uff11\uff12', subjectMiniPrograms: ' \uff13 ' })
    expect(checked).toMatchObject({ ok: true, situation: { wanted: 12, subjectMiniPrograms: 3 } })
  })

  it.each([
    [
      '10,000 digits wanted',
      { wanted: '9'.repeat(10_000) },
      'advisor-wanted',
      '请输入打算注册几个小程序：1 到 999 之间的整数',
    ],
    ['1000 wanted', { wanted: '1000' }, 'advisor-wanted', '请输入打算注册几个小程序：1 到 999 之间的整数'],
    ['none wanted', { wanted: '0' }, 'advisor-wanted', '请输入打算注册几个小程序：1 到 999 之间的整数'],
    [
      'a held count of 1000',
      { subjectMiniPrograms: '1000' },
      'advisor-subjectMiniPrograms',
      '“这个主体已经有几个小程序？”请填写 0 到 999 之间的整数，不清楚的可以留空',
    ],
  ])('refuses %s, saying the range', (_name, change, fieldId, message) => {
    expect(toSituation({ ...enterprise, ...change })).toEqual({ ok: false, errors: [{ fieldId, message }] })
  })
})
