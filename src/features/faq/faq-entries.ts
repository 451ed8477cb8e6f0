import type { RuleId } from '../../domain'

// Which rules each question and each refusal message rests on. Their words are in the catalog (faq.ts).

export const questions = [
  { id: 'login', rules: ['EMAIL_UNIQUE'] },
  { id: 'per-subject', rules: ['SUBJECT_TOTAL', 'ID_CARD_LIMIT', 'PHONE_LIMIT'] },
  { id: 'per-account', rules: ['OA_LINK_SAME', 'OA_LINK_OTHER', 'MP_LINK_OAS'] },
  { id: 'per-month', rules: ['FAST_REG_MONTHLY', 'OA_LINK_MONTHLY', 'MP_LINK_MONTHLY'] },
  { id: 'email-refused', rules: ['EMAIL_UNIQUE', 'EMAIL_FORMAT'] },
  { id: 'cert-failed', rules: ['REUSE_CERT_OUTCOME', 'CERT_FEE', 'CERT_REVIEW_TIME'] },
  { id: 'cert-expiry', rules: ['CERT_VALIDITY', 'CERT_BEFORE_PUBLISH', 'CERT_FEE'] },
  { id: 'individual-reuse', rules: ['REUSE_OA_TYPES', 'REUSE_OA_CERTIFIED', 'CERT_FEE'] },
  { id: 'reuse-fee', rules: ['REUSE_CERT_OUTCOME', 'REUSE_OA_CERTIFIED', 'CERT_FEE'] },
  {
    id: 'associate',
    rules: ['OA_LINK_SAME', 'OA_LINK_OTHER', 'OA_LINK_MONTHLY', 'MP_LINK_OAS', 'MP_LINK_MONTHLY'],
  },
  { id: 'certify-associated', rules: ['REUSE_OA_CERTIFIED', 'REUSE_OA_TYPES', 'CERT_VALIDITY'] },
  { id: 'name-when', rules: ['CERT_BEFORE_NAME', 'TRANSFER_VERIFY', 'MP_NAME'] },
  { id: 'review-time', rules: ['CERT_REVIEW_TIME', 'CERT_FEE'] },
  { id: 'pending', rules: ['FAST_REG_ONE_AT_A_TIME'] },
  // What operators ask every day. Each rests on the rule book; where it does not say (the platform's own
  // screens), the answer says what to look for on the platform.
  {
    id: 'cost',
    rules: ['CERT_FEE', 'CERT_VALIDITY', 'REUSE_CERT_OUTCOME', 'TRANSFER_VERIFY', 'CERT_BEFORE_PUBLISH'],
  },
  { id: 'individual', rules: ['SUBJECT_TOTAL', 'ID_CARD_NUMBER', 'CERT_FEE', 'REUSE_OA_TYPES'] },
  { id: 'name-taken', rules: ['MP_NAME'] },
  { id: 'forgot-login', rules: ['PASSWORD_POLICY', 'EMAIL_UNIQUE'] },
  { id: 'change-admin', rules: ['ID_CARD_LIMIT', 'PHONE_LIMIT'] },
  { id: 'cancel', rules: ['SUBJECT_TOTAL', 'EMAIL_UNIQUE', 'MP_NAME'] },
] as const satisfies readonly { id: string; rules: readonly RuleId[] }[]

export const refusals = [
  { id: 'email-taken', rules: ['EMAIL_UNIQUE'] },
  { id: 'id-card-limit', rules: ['ID_CARD_LIMIT'] },
  { id: 'phone-limit', rules: ['PHONE_LIMIT'] },
  { id: 'admin-accounts', rules: ['ID_CARD_LIMIT', 'PHONE_LIMIT'] },
  { id: 'monthly-quota', rules: ['FAST_REG_MONTHLY', 'OA_LINK_MONTHLY'] },
  { id: 'subject-total', rules: ['SUBJECT_TOTAL'] },
  { id: 'not-certified', rules: ['REUSE_OA_CERTIFIED'] },
  { id: 'oa-links-full', rules: ['OA_LINK_SAME'] },
  { id: 'pending', rules: ['FAST_REG_ONE_AT_A_TIME'] },
  { id: 'cert-failed', rules: ['REUSE_CERT_OUTCOME'] },
] as const satisfies readonly { id: string; rules: readonly RuleId[] }[]

export type Question = (typeof questions)[number]
export type Refusal = (typeof refusals)[number]

/** The element id of a refusal message (/faq#msg-email-taken); a question's is its own id (/faq#login). */
export function refusalAnchor(id: Refusal['id']): string {
  return `msg-${id}`
}
