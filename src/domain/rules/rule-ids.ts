// Every rule id of the rule book (../shared/domain/rules.md), grouped by topic.
export const ruleTopics = {
  quota: [
    'SUBJECT_TOTAL',
    'ID_CARD_LIMIT',
    'PHONE_LIMIT',
    'EMAIL_UNIQUE',
    'OA_LINK_SAME',
    'OA_LINK_OTHER',
    'OA_LINK_MONTHLY',
    'MP_LINK_OAS',
    'MP_LINK_MONTHLY',
    'FAST_REG_MONTHLY',
    'FAST_REG_ONE_AT_A_TIME',
  ],
  eligibility: ['REUSE_OA_CERTIFIED', 'REUSE_OA_TYPES', 'REUSE_QUALIFICATIONS', 'OA_MENU_PATH'],
  fee: [
    'CERT_FEE',
    'REUSE_CERT_OUTCOME',
    'CERT_VALIDITY',
    'CERT_BEFORE_NAME',
    'CERT_REVIEW_TIME',
    'TRANSFER_VERIFY',
    'SUBJECT_LOCKED',
  ],
  field: [
    'EMAIL_FORMAT',
    'PASSWORD_POLICY',
    'CAPTCHA',
    'ADMIN_NAME',
    'ID_CARD_NUMBER',
    'MOBILE',
    'SMS_CODE',
    'SUBJECT_NAME',
    'CREDIT_CODE',
    'MP_NAME',
    'MP_INTRO',
    'MP_LOGO',
    'APPID',
    'APPSECRET',
    'SERVER_DOMAIN',
  ],
  publishing: [
    'CERT_BEFORE_PUBLISH',
    'ICP_FILING',
    'ICP_SMS_VERIFY',
    'PRIVACY_GUIDE',
    'CODE_REVIEW',
    'REVIEW_ONE_AT_A_TIME',
    'EXPEDITED_REVIEW',
    'CATEGORY_FILING',
  ],
} as const

export type RuleTopic = keyof typeof ruleTopics
export type RuleId = (typeof ruleTopics)[RuleTopic][number]

export const ruleIds: readonly RuleId[] = Object.values(ruleTopics).flat()

export function topicOf(id: RuleId): RuleTopic {
  for (const [topic, ids] of Object.entries(ruleTopics) as [RuleTopic, readonly RuleId[]][]) {
    if (ids.includes(id)) return topic
  }
  throw new Error(`Unknown rule id ${id}`)
}

export function isRuleId(value: string): value is RuleId {
  return (ruleIds as readonly string[]).includes(value)
}
