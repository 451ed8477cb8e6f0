import { z } from 'zod'
import type { LocalDate } from '../dates'
import { createFieldSchemas, createIdCardForAdminSchema } from '../fields/field-schemas'
import { identityFormats } from '../identity'
import { t } from '../../i18n'
import { certificationQualificationRequired } from '../rules/qualifications'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { subjectTypes } from '../subject'
import { transferAvailable } from './paths'
import type { PathId, StepId } from './step-ids'
import type { Answers, StepValues } from './step-values'

/** What a step's schema may depend on: the rule set, today's date and the answers given before it. */
export interface SchemaContext {
  path: PathId
  ruleSet: RuleSet
  today: LocalDate
  answers: Answers
}

/** A whole non-negative count typed into a number field (an empty field is an error, not a zero). */
function count() {
  return z.preprocess(
    (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value)) : value),
    z
      .number({ error: () => t('steps.errors.countRequired') })
      .int({ error: () => t('steps.errors.countWhole') })
      .min(0, { error: () => t('steps.errors.countWhole') })
      .max(10_000, { error: () => t('steps.errors.countTooLarge') }),
  )
}

/** A yes/no radio group: the browser sends "true"/"false". */
function yesNo(message: () => string) {
  return z.preprocess(
    (value) => (value === 'true' ? true : value === 'false' ? false : value),
    z.boolean({ error: message }),
  )
}

const confirmation = z.object({
  confirmed: z.preprocess(
    (value) => value === true || value === 'true' || value === 'on',
    z.literal(true, { error: () => t('steps.errors.confirmRequired') }),
  ),
})

const empty = z.object({})

type StepSchemas = { [K in StepId]: (ctx: SchemaContext) => z.ZodType<StepValues[K]> }

function subjectTypeSchema() {
  return z.object({
    subjectType: z.enum(subjectTypes, { error: () => t('steps.errors.subjectTypeRequired') }),
  })
}

function subjectInfoSchema(ctx: SchemaContext) {
  const fields = createFieldSchemas(ctx.ruleSet)
  return z.object({
    name: fields.subjectName, // rule: SUBJECT_NAME
    creditCode: fields.creditCode, // rule: CREDIT_CODE
  })
}

function verificationMethodSchema(ctx: SchemaContext) {
  const type = ctx.answers['subject-type']?.subjectType
  return z.object({
    method: z
      .enum(['certification', 'transfer'], { error: () => t('steps.errors.methodRequired') })
      // rule: TRANSFER_VERIFY — enterprise and sole proprietor only, and only where the rule set states it.
      .refine(
        (method) => method !== 'transfer' || (type !== undefined && transferAvailable(type, ctx.ruleSet)),
        {
          error: () => t('steps.errors.transferNotAvailable'),
        },
      ),
  })
}

function adminSchema(ctx: SchemaContext) {
  const fields = createFieldSchemas(ctx.ruleSet)
  const subjectType = ctx.answers['subject-type']?.subjectType ?? 'enterprise'
  const typed = z.object({
    name: fields.adminName, // rule: ADMIN_NAME
    // rule: ID_CARD_NUMBER — a real birth date, not in the future; 18 or older for an individual subject
    idCardNumber: createIdCardForAdminSchema(ctx.ruleSet, ctx.today, subjectType),
    mobile: fields.mobile, // rule: MOBILE
  })
  // An admin picked from the ledger: the numbers were checked when first typed and are known only masked,
  // with their keyed hashes (which the quota checks count). An individual's admin is the individual, whose
  // age (ID_CARD_NUMBER) only the full number shows: typed in full.
  const { maskedIdCard, maskedMobile, keyedHash } = identityFormats
  const picked = z.object({
    name: fields.adminName, // rule: ADMIN_NAME
    idCardNumber: z
      .string()
      .regex(maskedIdCard, { error: () => t('steps.errors.pickedAdminMasked') })
      .refine(() => subjectType !== 'individual', {
        // rule: ID_CARD_NUMBER — the adult age the full number is checked against
        error: () =>
          t('steps.errors.pickedAdminIndividual', {
            age: requireRuleValue(ctx.ruleSet, 'ID_CARD_NUMBER').adultAge,
          }),
      }),
    mobile: z.string().regex(maskedMobile, { error: () => t('steps.errors.pickedAdminMasked') }),
    idCardHash: z.string().regex(keyedHash, { error: () => t('steps.errors.pickedAdminMasked') }),
    mobileHash: z.string().regex(keyedHash, { error: () => t('steps.errors.pickedAdminMasked') }),
  })
  return z.unknown().transform((value, check): StepValues['admin'] => {
    const hash =
      typeof value === 'object' && value !== null ? (value as { idCardHash?: unknown }).idCardHash : ''
    const result = (hash ? picked : typed).safeParse(value)
    if (result.success) return result.data
    for (const issue of result.error.issues) {
      check.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    }
    return z.NEVER
  })
}

function oaStatusSchema(ctx: SchemaContext) {
  const fields = createFieldSchemas(ctx.ruleSet)
  return z.object({
    accountName: z
      .string()
      .trim()
      .min(1, { error: () => t('steps.errors.accountNameRequired') })
      .max(60, { error: () => t('steps.errors.accountNameTooLong') }),
    accountType: z.enum(['subscription', 'service'], { error: () => t('steps.errors.accountTypeRequired') }),
    certified: yesNo(() => t('steps.errors.certifiedRequired')), // rule: REUSE_OA_CERTIFIED
    email: fields.email,
    sameSubjectLinks: count(),
    otherSubjectLinks: count(),
    monthSameSubjectLinks: count(),
    monthOtherSubjectLinks: count(),
    monthFastRegistrations: count(),
    fastRegistrationPending: yesNo(() => t('steps.errors.pendingRequired')),
  })
}

function qualificationsSchema(ctx: SchemaContext) {
  const checked = (value: unknown) => value === true || value === 'true' || value === 'on'
  const ticked = (message: () => string) => z.preprocess(checked, z.literal(true, { error: message }))
  const type = ctx.answers['subject-type']?.subjectType
  // rule: REUSE_QUALIFICATIONS — whether 微信认证资质 must be ticked depends on the account's subject type; until
  // the type is known it is asked as the stricter rule would.
  const required = type === undefined || certificationQualificationRequired(ctx.ruleSet, type)
  return z.object({
    // rule: REUSE_QUALIFICATIONS — subject qualification is always reused.
    subject: ticked(() => t('steps.errors.subjectQualificationRequired')),
    operatorInfo: z.preprocess(checked, z.boolean()),
    certification: required
      ? ticked(() =>
          type === undefined
            ? t('steps.errors.certificationQualificationRequiredAny')
            : t('steps.errors.certificationQualificationRequired', { type: t(`terms.subjectType.${type}`) }),
        )
      : z.preprocess(checked, z.boolean()),
  })
}

function profileSchema(ctx: SchemaContext) {
  const fields = createFieldSchemas(ctx.ruleSet)
  return z.object({
    name: fields.miniProgramName, // rule: MP_NAME
    intro: fields.intro, // rule: MP_INTRO
    logo: fields.logo, // rule: MP_LOGO
  })
}

function accountSchema(ctx: SchemaContext) {
  return z.object({ email: createFieldSchemas(ctx.ruleSet).email }) // rule: EMAIL_FORMAT
}

const confirm = () => confirmation
const none = () => empty as z.ZodType<Record<string, never>>

/** One schema per step: the machine's guards, the forms and the tests all use these. */
export const stepSchemas: StepSchemas = {
  'open-platform': confirm,
  'choose-mini-program': confirm,
  'subject-type': subjectTypeSchema,
  'subject-info': subjectInfoSchema,
  'oa-status': oaStatusSchema,
  'certify-oa': none,
  'open-mini-program': confirm,
  'fast-register': confirm,
  qualifications: qualificationsSchema,
  account: accountSchema,
  'activate-email': confirm,
  'registration-result': none,
  'verification-method': verificationMethodSchema,
  admin: adminSchema,
  'admin-verify': confirm,
  'confirm-subject': confirm,
  certification: none,
  transfer: none,
  profile: profileSchema,
  review: none,
  done: none,
}

export function stepSchema<K extends StepId>(id: K, ctx: SchemaContext): z.ZodType<StepValues[K]> {
  return stepSchemas[id](ctx)
}
