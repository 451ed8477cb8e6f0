import { describe, expect, it } from 'vitest'
import { subjectTypes } from '../subject'
import { certificationFee, exactFee, reuseCertification, reuseNeedsCertification, timesFee } from './fees'
import type { RuleSet } from './rule-set'
import { ruleSets } from './rule-sets'

const { current, guide } = ruleSets

describe('certificationFee (rule: CERT_FEE)', () => {
  // Source under guide: the seed guide, 300 元 for every certification.
  it('under guide: 300 for every subject type, one fixed amount', () => {
    for (const type of subjectTypes) {
      expect(certificationFee(guide, type)).toEqual({ kind: 'fixed', min: 300, max: 300 })
      expect(exactFee(certificationFee(guide, type))).toBe(300)
    }
  })

  // Source under current: third-party only. "除政府、部分组织（基金会、外国政府机构驻华办事处）可免费申请外，其他
  // 类型申请微信认证均需支付300元/次" (copy of the platform FAQ, www.nbyuyuan.net/information/information/44);
  // "个人主体 30元/年，企业主体 300元/年" (github.com/Misaka-1314/MisakaStudy-MIniProgram/discussions/8).
  it('under current: a fixed amount, a range free for some of the type, or an unconfirmed report', () => {
    expect(certificationFee(current, 'enterprise')).toEqual({ kind: 'fixed', min: 300, max: 300 })
    expect(certificationFee(current, 'government')).toEqual({ kind: 'varies', min: 0, max: 300 })
    expect(certificationFee(current, 'other_org')).toEqual({ kind: 'varies', min: 0, max: 300 })
    expect(certificationFee(current, 'individual')).toEqual({ kind: 'unverified', min: 30, max: 300 })
    expect(certificationFee(current, 'sole_proprietor')).toEqual({ kind: 'unverified', min: 30, max: 300 })
    // Nothing to record as paid where the amount is not one known figure.
    expect(exactFee(certificationFee(current, 'government'))).toBeNull()
    expect(exactFee(certificationFee(current, 'individual'))).toBeNull()
    expect(exactFee(certificationFee(current, 'enterprise'))).toBe(300)
  })

  it('multiplies a range as a range', () => {
    expect(timesFee(certificationFee(current, 'government'), 3)).toEqual({ kind: 'varies', min: 0, max: 900 })
  })

  it('follows a changed rule set, free included, and says when the rule set does not state the fee', () => {
    const base = current
    const changed: RuleSet = {
      ...base,
      rules: {
        ...base.rules,
        CERT_FEE: {
          ...base.rules.CERT_FEE,
          value: {
            ...base.rules.CERT_FEE.value!,
            feeBySubject: { ...base.rules.CERT_FEE.value!.feeBySubject, media: { kind: 'free' } },
          },
        },
      },
    }
    expect(certificationFee(changed, 'media')).toEqual({ kind: 'free', min: 0, max: 0 })
    expect(exactFee(certificationFee(changed, 'media'))).toBe(0)
    const unstated: RuleSet = {
      ...base,
      rules: { ...base.rules, CERT_FEE: { ...base.rules.CERT_FEE, value: null } },
    }
    expect(certificationFee(unstated, 'enterprise')).toEqual({ kind: 'unstated', min: 0, max: 0 })
    expect(exactFee(certificationFee(unstated, 'enterprise'))).toBeNull()
  })
})

describe('reuseCertification (rule: REUSE_CERT_OUTCOME)', () => {
  // Source under current: 复用公众号主体快速注册小程序 (registerMiniprogramByOffiaccount): "自2023年12月25日起，通过
  // 本接口新注册的账号，默认为未认证状态" (developers.weixin.qq.com/doc/oplatform/openApi/register-management/
  // fast-registration-officalaccount/api_registerminiprogrambyoffiaccount.html).
  it('under current: starts uncertified, certified on its own for CERT_FEE', () => {
    const reuse = reuseCertification(current, 'enterprise')
    expect(reuse.certification).toBe('separate')
    expect(reuse.perMiniProgram).toEqual({ kind: 'fixed', min: 300, max: 300 })
    expect(reuse.expected).toBe('not-certified')
    // The date the texts show comes from here, never typed into them.
    expect(reuse.since).toBe('2023-12-25')
    expect(reuse.outcomes).toEqual(['not-certified', 'certified', 'failed', 'pending'])
    expect(reuseCertification(current, 'government').perMiniProgram).toEqual({
      kind: 'varies',
      min: 0,
      max: 300,
    })
  })

  // Source under guide: the seed guide, "注册和认证一步完成", free; its screenshots show 认证未成功.
  it('under guide: registration and certification in one, free, with the failed branch kept', () => {
    const reuse = reuseCertification(guide, 'enterprise')
    expect(reuse.certification).toBe('included')
    expect(reuse.perMiniProgram).toEqual({ kind: 'free', min: 0, max: 0 })
    expect(reuse.fee).toEqual({ kind: 'fixed', min: 300, max: 300 })
    expect(reuse.expected).toBe('certified')
    expect(reuse.since).toBeNull()
    expect(reuse.outcomes).toContain('failed')
    expect(reuse.outcomes).not.toContain('not-certified')
  })

  it('leaves the mini program to certify on its own when not certified or failed', () => {
    expect(reuseNeedsCertification('not-certified')).toBe(true)
    expect(reuseNeedsCertification('failed')).toBe(true)
    expect(reuseNeedsCertification('certified')).toBe(false)
    expect(reuseNeedsCertification('pending')).toBe(false)
  })
})
