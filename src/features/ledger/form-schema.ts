import { z } from 'zod'
import { createFieldSchemas, isLocalDate, type RuleSet } from '../../domain'
import { t } from '../../i18n'
import type { TableName } from '../../storage/ledger'
import { fieldLabel } from './field-words'
import { askedFields, type FieldSpec } from './form-fields'

export type FormValue = string | boolean | string[]
export type FormValues = Record<string, FormValue>

/** Blank means absent: the field's own schema checks only what was typed. */
function optional(schema: z.ZodType) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional())
}

function required(table: TableName, spec: FieldSpec) {
  return z
    .string()
    .trim()
    .min(1, { error: () => t('ledger.ui.form.chooseRequired', { label: fieldLabel(table, spec) }) })
}

function fieldSchema(table: TableName, spec: FieldSpec, ruleSet: RuleSet, keepIdentity: boolean): z.ZodType {
  const fields = createFieldSchemas(ruleSet)
  const text = z
    .string()
    .trim()
    .min(1, { error: () => t('ledger.errors.required') })
    .max(200)
  const own: Record<FieldSpec['check'], z.ZodType> = {
    text,
    longText: z
      .string()
      .trim()
      .max(2000, { error: () => t('ledger.errors.tooLong', { max: 2000 }) }),
    email: fields.email,
    creditCode: fields.creditCode,
    appId: fields.appId,
    miniProgramName: fields.miniProgramName,
    adminName: fields.adminName,
    idCard: fields.idCardNumber,
    mobile: fields.mobile,
    date: z
      .string()
      .trim()
      .refine(isLocalDate, { error: () => t('ledger.errors.date') }),
    amount: z
      .string()
      .trim()
      .regex(/^\d{1,7}(\.\d{1,2})?$/, { error: () => t('ledger.ui.form.amount') })
      .transform(Number),
    choice: required(table, spec),
    ref: required(table, spec),
    flag: z.boolean(),
    flags: z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(z.string())),
  }
  const schema = own[spec.check]
  const mayBeBlank = spec.optional || (keepIdentity && (spec.check === 'idCard' || spec.check === 'mobile'))
  return mayBeBlank && spec.check !== 'flag' && spec.check !== 'flags' ? optional(schema) : schema
}

/**
 * The form's schema, from the domain's field schemas under the user's rule set. When editing an admin, the
 * ID card and mobile may be left blank (the masked numbers and hashes stay).
 */
export function formSchema(table: TableName, ruleSet: RuleSet, editing: boolean) {
  const shape = Object.fromEntries(
    askedFields(table).map((spec) => [
      spec.name,
      fieldSchema(table, spec, ruleSet, editing && table === 'admins'),
    ]),
  )
  return z.object(shape).superRefine((values, context) => {
    // rule: CREDIT_CODE — every organisation has one; an individual has none
    if (table === 'subjects' && values.type !== 'individual' && !values.creditCode) {
      context.addIssue({
        code: 'custom',
        path: ['creditCode'],
        message: t('ledger.ui.form.creditCodeRequired'),
      })
    }
  })
}
