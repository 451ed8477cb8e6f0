import { organisationTypes, subjectTypes } from '../subject'
import type { RuleSet } from './rule-set'
import { sharedRules } from './shared-rules'

/** Exactly what the seed guide says. A rule the guide does not state has `value: null` and is not checked. */
export const guideRuleSet: RuleSet = {
  id: 'guide',
  rules: {
    ...sharedRules,
    OA_LINK_MONTHLY: {
      id: 'OA_LINK_MONTHLY',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'medium',
      value: { kind: 'by-subject', sameSubject: 10, otherSubject: 3, fastRegistrationCounts: true },
    },
    MP_LINK_OAS: {
      id: 'MP_LINK_OAS',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'low',
      value: { limit: 50, advisoryOnly: false },
    },
    MP_LINK_MONTHLY: {
      id: 'MP_LINK_MONTHLY',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'low',
      value: { limit: 50, advisoryOnly: false },
    },
    FAST_REG_MONTHLY: {
      id: 'FAST_REG_MONTHLY',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'high',
      value: null,
    },
    FAST_REG_ONE_AT_A_TIME: {
      id: 'FAST_REG_ONE_AT_A_TIME',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'high',
      value: null,
    },
    CERT_FEE: {
      id: 'CERT_FEE',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'medium',
      value: {
        feeBySubject: {
          enterprise: { kind: 'fixed', amount: 300 },
          sole_proprietor: { kind: 'fixed', amount: 300 },
          government: { kind: 'fixed', amount: 300 },
          media: { kind: 'fixed', amount: 300 },
          other_org: { kind: 'fixed', amount: 300 },
          individual: { kind: 'fixed', amount: 300 },
        },
        currency: 'CNY',
        refundedOnFailure: false,
      },
    },
    // The guide's promise: "注册和认证一步完成", free; its own screenshots show 小程序已完成注册，认证未成功.
    REUSE_CERT_OUTCOME: {
      id: 'REUSE_CERT_OUTCOME',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'low',
      value: {
        certification: 'included',
        outcomes: ['certified', 'failed', 'pending'],
        expected: 'certified',
      },
    },
    CERT_BEFORE_NAME: {
      id: 'CERT_BEFORE_NAME',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'medium',
      value: { requires: 'certification' },
    },
    CERT_BEFORE_PUBLISH: {
      id: 'CERT_BEFORE_PUBLISH',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'medium',
      value: { uncertified: 'cannot-publish' },
    },
    CERT_REVIEW_TIME: {
      id: 'CERT_REVIEW_TIME',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'low',
      value: null,
    },
    TRANSFER_VERIFY: {
      id: 'TRANSFER_VERIFY',
      appliesTo: ['enterprise', 'sole_proprietor'],
      sources: ['guide'],
      confidence: 'low',
      value: null,
    },
  },
}
