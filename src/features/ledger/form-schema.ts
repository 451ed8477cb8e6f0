import { z } from 'zod'
import { createFieldSchemas, isLocalDate, type RuleSet } from '../../domain'
import { t, type MessageKey, type MessageParams } from '../../i18n'
import type { TableName } from '../../storage/ledger'
import { fieldLabel } from './field-words'
import { askedFields, type FieldSpec } from './form-fields'

export type FormValue = string | boolean | string[]
export type FormValues = Record<string, FormValue>

/** Blank means absent: the field's own schema checks only what was typed. */
function optional(schema: z.ZodType) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional())
}

// A reference holds a record's id; ids are at most this long (recordId in storage/ledger/record-fields.ts).
const idMaxLength = 100

/** The checks of one kind of field, every message from the catalog and naming the field. */
function ownSchema(spec: FieldSpec, label: string, ruleSet: RuleSet): z.ZodType {
  const say = (key: ProblemKey, params?: MessageParams) => () =>
    t(`ledger.ui.form.problems.${key}`, { label, ...params })
  const max = spec.max ?? Number.POSITIVE_INFINITY
  const fields = createFieldSchemas(ruleSet)
  const listed = (value: unknown) => (spec.options ?? []).includes(String(value))
  const chosen = z
    .string({ error: say('choose') })
    .trim()
    .min(1, { error: say('choose'), abort: true })
  switch (spec.check) {
    case 'text':
    case 'longText':
      return z
        .string({ error: say('unreadable') })
        .trim()
        .min(1, { error: say('required'), abort: true })
        .check((payload) => {
          const length = [...payload.value].length
          if (length > max)
            payload.issues.push({
              code: 'custom',
              input: payload.value,
              message: t('ledger.ui.form.problems.tooLong', { label, max, length }),
            })
        })
    case 'email':
      return fields.email
    case 'creditCode':
      return fields.creditCode
    case 'appId':
      return fields.appId
    case 'miniProgramName':
      // The ledger records a name the platform took: its characters are a fact, as in storage.
      return fields.registeredMiniProgramName
    case 'adminName':
      return fields.adminName
    case 'idCard':
      return fields.idCardNumber
    case 'mobile':
      return fields.mobile
    case 'date':
      return z
        .string({ error: say('date') })
        .trim()
        .min(1, { error: say('dateRequired'), abort: true })
        .refine(isLocalDate, { error: say('date'), abort: true })
    case 'amount':
      return z
        .string({ error: say('amount') })
        .trim()
        .min(1, { error: say('amountRequired'), abort: true })
        .regex(/^\d{1,7}(\.\d{1,2})?$/, { error: say('amount'), abort: true })
        .transform(Number)
        .refine((amount) => amount <= max, { error: say('amountTooLarge', { max }) })
    case 'choice':
      return chosen.refine(listed, { error: say('notListed'), abort: true })
    case 'ref':
      return chosen.max(idMaxLength, { error: say('notListed') })
    case 'flag':
      return z.boolean({ error: say('flag') })
    case 'flags':
      return z.preprocess(
        (v) => (Array.isArray(v) ? v : v ? [v] : []),
        z.array(z.string({ error: say('notListed') }).refine(listed, { error: say('notListed') }), {
          error: say('notListed'),
        }),
      )
  }
}

type ProblemOf<K> = K extends `ledger.ui.form.problems.${infer P}` ? P : never
type ProblemKey = ProblemOf<MessageKey>

/**
 * The message a form shows for a problem with a field: the domain's words (the wizard's) already say which
 * field when they contain its label (请输入邮箱); otherwise the label goes in front (管理员手机：手机号码应为11位…).
 */
export function namedProblem(label: string, problem: string): string {
  return problem.includes(label) ? problem : t('ledger.ui.form.problems.named', { label, problem })
}

/**
 * One field's schema. Every issue it reports names the field; anything its checks do not foresee (a value
 * of the wrong type from code) reads "the content cannot be read" rather than zod's default text.
 */
function fieldSchema(table: TableName, spec: FieldSpec, ruleSet: RuleSet, keepIdentity: boolean): z.ZodType {
  const label = fieldLabel(table, spec)
  const own = ownSchema(spec, label, ruleSet)
  const mayBeBlank = spec.optional || (keepIdentity && (spec.check === 'idCard' || spec.check === 'mobile'))
  const schema = mayBeBlank && spec.check !== 'flag' && spec.check !== 'flags' ? optional(own) : own
  const unforeseen = () => t('ledger.ui.form.problems.unreadable', { label })
  return z.unknown().transform((value, context) => {
    const result = schema.safeParse(value, { error: unforeseen })
    if (result.success) return result.data as unknown
    for (const issue of result.error.issues) {
      context.addIssue({
        code: 'custom',
        path: issue.path,
        message: namedProblem(label, issue.message),
        ...(issue.code === 'custom' && issue.params ? { params: issue.params } : {}),
      })
    }
    return z.NEVER
  })
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
