import { organisationTypes, subjectTypes } from '../subject'
import { applyChecks, ruleChecks } from './checks'
import type { DraftRuleSet, RuleSet } from './rule-set'
import { sharedRules } from './shared-rules'

/** Exactly what the seed guide says. A rule the guide does not state has `value: null` and is not checked. */
const guideDraft: DraftRuleSet = {
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
          enterprise: 300,
          sole_proprietor: 300,
          government: 300,
          media: 300,
          other_org: 300,
          individual: 300,
        },
        currency: 'CNY',
        refundedOnFailure: false,
      },
    },
    REUSE_CERT_OUTCOME: {
      id: 'REUSE_CERT_OUTCOME',
      appliesTo: organisationTypes,
      sources: ['guide'],
      confidence: 'low',
      value: { cost: 'free', outcomes: ['certified', 'failed', 'pending'] },
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
    // The guide only says 配置服务器域名. Kept as the app has checked it since the guide's time: https:// or wss://
    // (each port kept as typed), a domain name, not api.weixin.qq.com, 200 per kind, 50 changes a month.
    SERVER_DOMAIN: {
      id: 'SERVER_DOMAIN',
      appliesTo: subjectTypes,
      sources: ['official'],
      confidence: 'high',
      value: {
        schemes: [
          {
            scheme: 'https',
            kinds: ['request', 'uploadFile', 'downloadFile'],
            port: 'exact',
            documented: true,
          },
          { scheme: 'wss', kinds: ['socket'], port: 'exact', documented: true },
        ],
        forbiddenHosts: ['api.weixin.qq.com'],
        localHosts: [],
        parentDomainsRefused: false,
        maxPerKind: 200,
        changesPerMonth: 50,
      },
    },
  },
}

export const guideRuleSet: RuleSet = applyChecks(guideDraft, ruleChecks.guide)
