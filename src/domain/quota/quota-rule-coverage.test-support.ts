// TEST SUPPORT ONLY: for every quota rule, how changing its value changes what checkQuotas finds
// (rule-coverage.test.ts runs it). `current` is the base unless a case says `guide`.
import { accountUsage, assocOther, assocSame, fast, standalone } from './test-usage'
import type { ruleTopics } from '../rules/rule-ids'
import { guideRuleSet } from '../rules/guide'
import type { RuleValues, RuleSet } from '../rules/rule-set'
import type { QuotaRuleCoverage } from '../rule-coverage.test-support'
import { checkQuotas, isAllowed } from './check-quotas'
import type { FindingReason, OfficialAccountUsage, QuotaFinding, QuotaRequest, Usage } from './types'

export type QuotaRuleId = (typeof ruleTopics.quota)[number]

type Finding = Omit<QuotaFinding, 'ruleId'>

/** The request's fate and the finding of one rule: the outcome every quota case asserts. */
export function quotaOutcome(id: QuotaRuleId, usage: Usage, request: QuotaRequest) {
  return (ruleSet: RuleSet): { allowed: boolean; finding: Finding | null } => {
    const findings = checkQuotas(usage, request, ruleSet)
    const found = findings.find((f) => f.ruleId === id)
    if (!found) return { allowed: isAllowed(findings), finding: null }
    const { ruleId: _ruleId, ...finding } = found
    return { allowed: isAllowed(findings), finding }
  }
}

const remaining = (limit: number | null, used: number) => (limit === null ? null : Math.max(0, limit - used))

/** One more would pass the limit. */
const block = (limit: number, used: number, reason?: FindingReason) => ({
  allowed: false,
  finding: { severity: 'block', limit, used, requested: 1, remaining: remaining(limit, used), reason },
})
/** One more takes the last room. */
const warn = (limit: number, used: number, reason?: FindingReason) => ({
  allowed: true,
  finding: { severity: 'warn', limit, used, requested: 1, remaining: remaining(limit, used), reason },
})
/** Said, never blocking. */
const advice = (limit: number | null, used: number, reason?: FindingReason) => ({
  allowed: true,
  finding: { severity: 'advice', limit, used, requested: 1, remaining: remaining(limit, used), reason },
})
/** Room left afterwards: the rule has nothing to say. */
const room = { allowed: true, finding: null }

function account(over: Partial<OfficialAccountUsage> = {}): { officialAccount: OfficialAccountUsage } {
  return { officialAccount: accountUsage(over) }
}

const guide = guideRuleSet
const byMonth = (sameSubject: number, otherSubject: number) => ({
  monthNewLinks: { sameSubject, otherSubject },
})

export const quotaCoverage: { [K in QuotaRuleId]: QuotaRuleCoverage<K> } = {
  SUBJECT_TOTAL: {
    notStated: {
      change: 'not stated',
      to: () => null,
      outcome: quotaOutcome('SUBJECT_TOTAL', { subjectMiniPrograms: 50 }, standalone),
      before: block(50, 50),
      after: room,
    },
    values: {
      limitBySubject: [
        {
          change: 'enterprise 50 → 20',
          to: (v) => ({ limitBySubject: { ...v.limitBySubject, enterprise: 20 } }),
          outcome: quotaOutcome('SUBJECT_TOTAL', { subjectMiniPrograms: 20 }, standalone),
          before: room,
          after: block(20, 20),
        },
        {
          change: 'sole proprietor 5 → 6',
          to: (v) => ({ limitBySubject: { ...v.limitBySubject, sole_proprietor: 6 } }),
          outcome: quotaOutcome(
            'SUBJECT_TOTAL',
            { subjectMiniPrograms: 5 },
            { action: 'standalone', subjectType: 'sole_proprietor' },
          ),
          before: block(5, 5),
          after: warn(6, 5),
        },
      ],
    },
  },

  ID_CARD_LIMIT: {
    notStated: {
      change: 'not stated',
      to: () => null,
      outcome: quotaOutcome('ID_CARD_LIMIT', { idCardMiniPrograms: 5 }, standalone),
      before: block(5, 5),
      after: room,
    },
    values: {
      limit: [
        {
          change: '5 → 3',
          to: () => ({ limit: 3 }),
          outcome: quotaOutcome('ID_CARD_LIMIT', { idCardMiniPrograms: 3 }, fast),
          before: room,
          after: block(3, 3),
        },
      ],
    },
  },

  PHONE_LIMIT: {
    notStated: {
      change: 'not stated',
      to: () => null,
      outcome: quotaOutcome('PHONE_LIMIT', { phoneMiniPrograms: 5 }, standalone),
      before: block(5, 5),
      after: room,
    },
    values: {
      limit: [
        {
          change: '5 → 6',
          to: () => ({ limit: 6 }),
          outcome: quotaOutcome('PHONE_LIMIT', { phoneMiniPrograms: 5 }, standalone),
          before: block(5, 5),
          after: warn(6, 5),
        },
      ],
    },
  },

  EMAIL_UNIQUE: {
    notStated: {
      change: 'not stated',
      to: () => null,
      outcome: quotaOutcome(
        'EMAIL_UNIQUE',
        { emailsInUse: ['shop@example.com'] },
        { ...standalone, email: ' Shop@Example.com' },
      ),
      before: block(1, 1, 'email-in-use'),
      after: room,
    },
    values: {
      // Either way the account's own email is taken; what changes is the reason the user is told.
      notOfficialAccountEmail: [
        {
          change: 'true → false',
          to: () => ({ notOfficialAccountEmail: false }),
          outcome: quotaOutcome('EMAIL_UNIQUE', account({ email: 'oa@corp.example' }), {
            ...fast,
            email: 'OA@corp.example',
          }),
          before: block(1, 1, 'official-account-email'),
          after: block(1, 1, 'email-in-use'),
        },
      ],
    },
  },

  OA_LINK_SAME: {
    notStated: {
      change: 'not stated',
      to: () => null,
      outcome: quotaOutcome('OA_LINK_SAME', account({ sameSubjectLinks: 10 }), fast),
      before: block(10, 10),
      after: room,
    },
    values: {
      limit: [
        {
          change: '10 → 8',
          to: () => ({ limit: 8 }),
          outcome: quotaOutcome('OA_LINK_SAME', account({ sameSubjectLinks: 8 }), assocSame),
          before: room,
          after: block(8, 8),
        },
      ],
    },
  },

  OA_LINK_OTHER: {
    notStated: {
      change: 'not stated',
      to: () => null,
      outcome: quotaOutcome('OA_LINK_OTHER', account({ otherSubjectLinks: 3 }), assocOther),
      before: block(3, 3),
      after: room,
    },
    values: {
      limit: [
        {
          change: '3 → 5',
          to: () => ({ limit: 5 }),
          outcome: quotaOutcome('OA_LINK_OTHER', account({ otherSubjectLinks: 3 }), assocOther),
          before: block(3, 3),
          after: room,
        },
      ],
    },
  },

  OA_LINK_MONTHLY: {
    notStated: {
      change: 'not stated',
      to: () => null,
      outcome: quotaOutcome('OA_LINK_MONTHLY', account(byMonth(8, 5)), assocSame),
      before: block(13, 13),
      after: room,
    },
    values: {
      kind: [
        {
          change: "current's total of 13 → by subject, 10 + 3",
          to: () => ({ kind: 'by-subject', sameSubject: 10, otherSubject: 3, fastRegistrationCounts: false }),
          outcome: quotaOutcome('OA_LINK_MONTHLY', account(byMonth(0, 3)), assocOther),
          before: room,
          after: block(3, 3, 'other-subject'),
        },
      ],
      total: [
        {
          change: '13 → 10',
          to: () => ({ kind: 'total', total: 10, fastRegistrationCounts: false }),
          outcome: quotaOutcome('OA_LINK_MONTHLY', account(byMonth(6, 4)), assocSame),
          before: room,
          after: block(10, 10),
        },
      ],
      fastRegistrationCounts: [
        {
          change: "current's false → true: a fast registration counts, and is counted",
          to: () => ({ kind: 'total', total: 13, fastRegistrationCounts: true }),
          outcome: quotaOutcome(
            'OA_LINK_MONTHLY',
            account({ ...byMonth(10, 0), monthFastRegistrations: 2 }),
            fast,
          ),
          before: room,
          after: warn(13, 12),
        },
        {
          change: "guide's true → false",
          base: guide,
          to: () => ({ kind: 'by-subject', sameSubject: 10, otherSubject: 3, fastRegistrationCounts: false }),
          outcome: quotaOutcome(
            'OA_LINK_MONTHLY',
            account({ ...byMonth(5, 0), monthFastRegistrations: 5 }),
            fast,
          ),
          before: block(10, 10, 'same-subject'),
          after: room,
        },
      ],
      sameSubject: [
        {
          change: "guide's 10 → 8",
          base: guide,
          to: () => ({ kind: 'by-subject', sameSubject: 8, otherSubject: 3, fastRegistrationCounts: true }),
          outcome: quotaOutcome('OA_LINK_MONTHLY', account(byMonth(8, 0)), assocSame),
          before: room,
          after: block(8, 8, 'same-subject'),
        },
      ],
      otherSubject: [
        {
          change: "guide's 3 → 4",
          base: guide,
          to: () => ({ kind: 'by-subject', sameSubject: 10, otherSubject: 4, fastRegistrationCounts: true }),
          outcome: quotaOutcome('OA_LINK_MONTHLY', account(byMonth(0, 3)), assocOther),
          before: block(3, 3, 'other-subject'),
          after: warn(4, 3, 'other-subject'),
        },
      ],
    },
  },

  MP_LINK_OAS: {
    notStated: {
      change: "guide's 50: not stated",
      base: guide,
      to: () => null,
      outcome: quotaOutcome('MP_LINK_OAS', { miniProgram: { linkedAccounts: 50, monthLinks: 0 } }, assocSame),
      before: block(50, 50),
      after: room,
    },
    values: {
      limit: [
        {
          change: "guide's 50 → 20",
          base: guide,
          to: () => ({ limit: 20, advisoryOnly: false }),
          outcome: quotaOutcome(
            'MP_LINK_OAS',
            { miniProgram: { linkedAccounts: 20, monthLinks: 0 } },
            assocSame,
          ),
          before: room,
          after: block(20, 20),
        },
        {
          change: "current's unknown → 500, still advisory",
          to: () => ({ limit: 500, advisoryOnly: true }),
          outcome: quotaOutcome(
            'MP_LINK_OAS',
            { miniProgram: { linkedAccounts: 10, monthLinks: 0 } },
            assocSame,
          ),
          before: advice(null, 10, 'unknown-limit'),
          after: room,
        },
      ],
      advisoryOnly: [
        {
          change: "guide's false → true",
          base: guide,
          to: () => ({ limit: 50, advisoryOnly: true }),
          outcome: quotaOutcome(
            'MP_LINK_OAS',
            { miniProgram: { linkedAccounts: 50, monthLinks: 0 } },
            assocSame,
          ),
          before: block(50, 50),
          after: advice(50, 50),
        },
      ],
    },
  },

  MP_LINK_MONTHLY: {
    notStated: {
      change: "guide's 50: not stated",
      base: guide,
      to: () => null,
      outcome: quotaOutcome(
        'MP_LINK_MONTHLY',
        { miniProgram: { linkedAccounts: 0, monthLinks: 50 } },
        assocOther,
      ),
      before: block(50, 50),
      after: room,
    },
    values: {
      limit: [
        {
          change: "guide's 50 → 60",
          base: guide,
          to: () => ({ limit: 60, advisoryOnly: false }),
          outcome: quotaOutcome(
            'MP_LINK_MONTHLY',
            { miniProgram: { linkedAccounts: 0, monthLinks: 50 } },
            assocOther,
          ),
          before: block(50, 50),
          after: room,
        },
      ],
      advisoryOnly: [
        {
          change: "current's true → false, with a limit of 5",
          to: () => ({ limit: 5, advisoryOnly: false }),
          outcome: quotaOutcome(
            'MP_LINK_MONTHLY',
            { miniProgram: { linkedAccounts: 0, monthLinks: 5 } },
            assocOther,
          ),
          before: advice(null, 5, 'unknown-limit'),
          after: block(5, 5),
        },
      ],
    },
  },

  FAST_REG_MONTHLY: {
    notStated: {
      change: 'not stated (as under guide)',
      to: () => null,
      outcome: quotaOutcome('FAST_REG_MONTHLY', account({ monthFastRegistrations: 5 }), fast),
      before: block(5, 5),
      after: advice(null, 5, 'not-stated'),
    },
    values: {
      limit: [
        {
          change: '5 → 3',
          to: (v) => ({ ...v, limit: 3 }),
          outcome: quotaOutcome('FAST_REG_MONTHLY', account({ monthFastRegistrations: 2 }), fast),
          before: room,
          after: warn(3, 2),
        },
      ],
      soleProprietorLimit: [
        {
          change: '1 → 2',
          to: (v) => ({ ...v, soleProprietorLimit: 2 }),
          outcome: quotaOutcome(
            'FAST_REG_MONTHLY',
            account({ subjectType: 'sole_proprietor', monthFastRegistrations: 1 }),
            { action: 'fast-register', subjectType: 'sole_proprietor' },
          ),
          before: block(1, 1),
          after: warn(2, 1),
        },
      ],
    },
  },

  FAST_REG_ONE_AT_A_TIME: {
    notStated: {
      change: 'not stated (as under guide)',
      to: () => null,
      outcome: quotaOutcome('FAST_REG_ONE_AT_A_TIME', account({ fastRegistrationPending: true }), fast),
      before: block(1, 1, 'pending'),
      after: room,
    },
    values: {
      enforced: {
        unchecked:
          'the type allows only `true`: the rule holds wherever a rule set states it, and `notStated` shows ' +
          'that stating it is what the check reads',
        // A value the type forbids, to prove that nothing reads the flag itself.
        to: () => ({ enforced: false }) as unknown as RuleValues['FAST_REG_ONE_AT_A_TIME'],
      },
    },
  },
}
