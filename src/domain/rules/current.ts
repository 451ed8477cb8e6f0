import { organisationTypes, subjectTypes } from '../subject'
import type { RuleSet } from './rule-set'
import { sharedRules } from './shared-rules'

/** The platform's rules as publicly documented since 2023-12: the default rule set. */
export const currentRuleSet: RuleSet = {
  id: 'current',
  rules: {
    ...sharedRules,
    OA_LINK_MONTHLY: {
      id: 'OA_LINK_MONTHLY',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: { kind: 'total', total: 13, fastRegistrationCounts: false },
    },
    MP_LINK_OAS: {
      id: 'MP_LINK_OAS',
      appliesTo: subjectTypes,
      sources: ['third-party'],
      confidence: 'low',
      value: { limit: null, advisoryOnly: true },
    },
    MP_LINK_MONTHLY: {
      id: 'MP_LINK_MONTHLY',
      appliesTo: subjectTypes,
      sources: ['guide'],
      confidence: 'low',
      value: { limit: null, advisoryOnly: true },
    },
    FAST_REG_MONTHLY: {
      id: 'FAST_REG_MONTHLY',
      appliesTo: organisationTypes,
      sources: ['official'],
      confidence: 'high',
      value: { limit: 5, soleProprietorLimit: 1 },
    },
    FAST_REG_ONE_AT_A_TIME: {
      id: 'FAST_REG_ONE_AT_A_TIME',
      appliesTo: organisationTypes,
      sources: ['official'],
      confidence: 'high',
      value: { enforced: true },
    },
    CERT_FEE: {
      id: 'CERT_FEE',
      appliesTo: subjectTypes,
      sources: ['third-party'],
      // The sole proprietor's 30 CNY is called a limited-time offer by one source; older ones say 300.
      confidence: 'low',
      value: {
        feeBySubject: {
          enterprise: 300,
          government: 300,
          media: 300,
          other_org: 300,
          individual: 30,
          sole_proprietor: 30,
        },
        currency: 'CNY',
        refundedOnFailure: false,
      },
    },
    REUSE_CERT_OUTCOME: {
      id: 'REUSE_CERT_OUTCOME',
      appliesTo: organisationTypes,
      sources: ['official', 'third-party'],
      confidence: 'medium',
      value: { cost: 'zero-to-fee', outcomes: ['certified', 'failed', 'pending'] },
    },
    CERT_BEFORE_NAME: {
      id: 'CERT_BEFORE_NAME',
      appliesTo: organisationTypes,
      sources: ['third-party'],
      confidence: 'medium',
      value: { requires: 'verification' },
    },
    CERT_BEFORE_PUBLISH: {
      id: 'CERT_BEFORE_PUBLISH',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: { uncertified: 'publish-not-searchable' },
    },
    CERT_REVIEW_TIME: {
      id: 'CERT_REVIEW_TIME',
      appliesTo: subjectTypes,
      sources: ['third-party'],
      confidence: 'medium',
      value: { workingDays: { min: 1, max: 15 }, maxSendBacks: 3 },
    },
    TRANSFER_VERIFY: {
      id: 'TRANSFER_VERIFY',
      appliesTo: ['enterprise', 'sole_proprietor'],
      sources: ['third-party'],
      confidence: 'medium',
      value: { days: 10, subjectTypes: ['enterprise', 'sole_proprietor'] },
    },
  },
}
