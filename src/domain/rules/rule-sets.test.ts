import { describe, expect, it } from 'vitest'
import { organisationTypes, subjectTypes } from '../subject'
import { ruleIds } from './rule-ids'
import { ruleSets } from './rule-sets'

const { guide, current } = ruleSets

describe('the rule sets', () => {
  it('both state every rule id of the rule book, each naming its subject types and sources', () => {
    for (const set of [guide, current]) {
      expect(Object.keys(set.rules).sort()).toEqual([...ruleIds].sort())
      for (const id of ruleIds) {
        const rule = set.rules[id]
        expect(rule.id).toBe(id)
        expect(rule.appliesTo.length).toBeGreaterThan(0)
        expect(rule.sources.length).toBeGreaterThan(0)
      }
    }
  })

  it('leaves unchecked under guide exactly what the guide does not state', () => {
    const notStated = ruleIds.filter((id) => guide.rules[id].value === null).sort()
    expect(notStated).toEqual([
      'CATEGORY_FILING',
      'CERT_REVIEW_TIME',
      'EXPEDITED_REVIEW',
      'FAST_REG_MONTHLY',
      'FAST_REG_ONE_AT_A_TIME',
      'ICP_SMS_VERIFY',
      'PRIVACY_GUIDE',
      'REVIEW_ONE_AT_A_TIME',
      'TRANSFER_VERIFY',
    ])
    expect(ruleIds.filter((id) => current.rules[id].value === null)).toEqual([])
  })

  // Source under guide: the seed guide (300 元 for every certification). Under current: third-party only —
  // www.nbyuyuan.net/information/information/44 (a copy of the platform's FAQ: government and some organisations
  // free, 300 元 otherwise) and github.com/Misaka-1314/MisakaStudy-MIniProgram/discussions/8 (个人 30 元).
  it('prices certification per rule set and subject type (rule: CERT_FEE)', () => {
    for (const type of subjectTypes) {
      expect(guide.rules.CERT_FEE.value?.feeBySubject[type]).toEqual({ kind: 'fixed', amount: 300 })
    }
    const fees = current.rules.CERT_FEE.value?.feeBySubject
    expect(fees?.enterprise).toEqual({ kind: 'fixed', amount: 300 })
    expect(fees?.government).toEqual({ kind: 'varies', min: 0, max: 300 })
    expect(fees?.other_org).toEqual({ kind: 'varies', min: 0, max: 300 })
    expect(fees?.individual).toEqual({ kind: 'unverified', min: 30, max: 300 })
    expect(fees?.sole_proprietor).toEqual({ kind: 'unverified', min: 30, max: 300 })
    expect(current.rules.CERT_FEE.sources).toEqual(['third-party'])
    expect(current.rules.CERT_FEE.confidence).toBe('low')
  })

  // Source under current: 复用公众号主体快速注册小程序 (registerMiniprogramByOffiaccount), "自2023年12月25日起，通过
  // 本接口新注册的账号，默认为未认证状态" (developers.weixin.qq.com/doc/oplatform/openApi/register-management/
  // fast-registration-officalaccount/api_registerminiprogrambyoffiaccount.html). Under guide: the seed guide.
  it('certifies the reuse path free and in one only under guide (rule: REUSE_CERT_OUTCOME)', () => {
    expect(guide.rules.REUSE_CERT_OUTCOME.value).toMatchObject({
      certification: 'included',
      expected: 'certified',
    })
    expect(current.rules.REUSE_CERT_OUTCOME.value).toMatchObject({
      certification: 'separate',
      expected: 'not-certified',
    })
    expect(current.rules.REUSE_CERT_OUTCOME.sources).toEqual(['official'])
    // The failed branch exists under both: the guide itself shows 小程序已完成注册，认证未成功.
    expect(guide.rules.REUSE_CERT_OUTCOME.value?.outcomes).toContain('failed')
    // Under current the operator may still record what the platform shows, certified included.
    expect(current.rules.REUSE_CERT_OUTCOME.value?.outcomes).toEqual(
      expect.arrayContaining(['not-certified', 'certified', 'failed', 'pending']),
    )
  })

  it('keeps certification for a year, expiring with the account on the reuse path (rule: CERT_VALIDITY)', () => {
    for (const set of [guide, current]) {
      expect(set.rules.CERT_VALIDITY.value).toMatchObject({ years: 1, expiresWithAccountOnReuse: true })
    }
  })

  it('names a mini program after certification under guide, after any verification under current (rule: CERT_BEFORE_NAME)', () => {
    expect(guide.rules.CERT_BEFORE_NAME.value?.requires).toBe('certification')
    expect(current.rules.CERT_BEFORE_NAME.value?.requires).toBe('verification')
    expect(current.rules.CERT_BEFORE_NAME.appliesTo).toEqual(organisationTypes)
  })

  it('lets an uncertified mini program publish only under current, unsearchable (rule: CERT_BEFORE_PUBLISH)', () => {
    expect(guide.rules.CERT_BEFORE_PUBLISH.value?.uncertified).toBe('cannot-publish')
    expect(current.rules.CERT_BEFORE_PUBLISH.value?.uncertified).toBe('publish-not-searchable')
  })

  it('counts fast registrations toward monthly associations only under guide (rule: OA_LINK_MONTHLY)', () => {
    expect(guide.rules.OA_LINK_MONTHLY.value).toMatchObject({
      kind: 'by-subject',
      sameSubject: 10,
      otherSubject: 3,
    })
    expect(current.rules.OA_LINK_MONTHLY.value).toMatchObject({
      kind: 'total',
      total: 13,
      fastRegistrationCounts: false,
    })
  })

  it('never blocks on the unknown association limits of a mini program under current (rules: MP_LINK_OAS, MP_LINK_MONTHLY)', () => {
    expect(current.rules.MP_LINK_OAS.value).toEqual({ limit: null, advisoryOnly: true })
    expect(current.rules.MP_LINK_MONTHLY.value).toEqual({ limit: null, advisoryOnly: true })
    expect(guide.rules.MP_LINK_OAS.value?.limit).toBe(50)
  })

  it('states the characters of the free-text fields under current only, each with its source (rules: MP_NAME, MP_INTRO, SUBJECT_NAME)', () => {
    // The guide names no characters and says nothing of the intro's language.
    expect(guide.rules.MP_NAME.value?.characters).toBeNull()
    expect(guide.rules.MP_INTRO.value?.minHanCharacters).toBeNull()
    expect(guide.rules.SUBJECT_NAME.value).toEqual({ characters: null })
    expect(guide.rules.SUBJECT_NAME.sources).toEqual(['guide'])
    // 小商店 submit_basicinfo: 中文、数字、英文、空格及“-”“+”“&”“.”.
    expect(current.rules.MP_NAME.value?.characters).toEqual({
      kinds: ['han', 'latin', 'digit', 'space'],
      symbols: ['-', '+', '&', '.'],
    })
    expect(current.rules.MP_NAME.sources).toContain('official')
    // setSignature: "至少4个字的中文描述", a reading: medium.
    expect(current.rules.MP_INTRO.value?.minHanCharacters).toBe(4)
    expect(current.rules.MP_INTRO).toMatchObject({ sources: ['official'], confidence: 'medium' })
    // registerMiniprogram: "需与工商部门登记信息一致"; the symbols inferred: medium.
    expect(current.rules.SUBJECT_NAME).toMatchObject({ sources: ['official'], confidence: 'medium' })
    expect(current.rules.SUBJECT_NAME.value?.characters?.symbols).toEqual(['（', '）', '(', ')', '·'])
    // What both agree on stays one value.
    const { characters: _n, ...nameRest } = current.rules.MP_NAME.value!
    const { characters: _g, ...guideNameRest } = guide.rules.MP_NAME.value!
    expect(nameRest).toEqual(guideNameRest)
  })

  it('requires ICP filing since 2023-09-01 and gives code review its working days (rules: ICP_FILING, CODE_REVIEW)', () => {
    expect(current.rules.ICP_FILING.value).toEqual({
      requiredSince: '2023-09-01',
      precheck: { min: 1, max: 2 },
      authority: { min: 1, max: 20 },
    })
    expect(current.rules.CODE_REVIEW.value?.workingDays.max).toBe(7)
  })
})
