import { z } from 'zod'
import { createFieldSchemas, isLocalDate, versionPattern, type LocalDate, type RuleSet } from '../../domain'
import { t } from '../../i18n'
import './messages'

// What each task's form accepts, as typed: empty means "not recorded". Dates are the day something happened on
// the platform, so never after today.

export const noteMaxLength = 200

function pastDate(today: LocalDate, label: string) {
  return z
    .string()
    .trim()
    .refine((v) => v === '' || isLocalDate(v), t('publish.checklist.fields.dateInvalid'))
    .refine(
      (v) => v === '' || !isLocalDate(v) || v <= today,
      t('publish.checklist.fields.dateFuture', { label }),
    )
}

export function certificationFormSchema(today: LocalDate) {
  const tasks = 'publish.checklist.tasks.certification'
  return z.object({ approvedOn: pastDate(today, t(`${tasks}.approvedOn`)) })
}

export function icpFormSchema(today: LocalDate) {
  return z.object({
    stage: z.string(),
    submittedOn: pastDate(today, t('publish.checklist.tasks.icp-filing.submittedOn')),
    filingNumber: z.string().trim().max(60),
  })
}

/** 小程序信息: the name and intro checked by the domain's field schemas (MP_NAME, MP_INTRO) when typed. */
export function profileFormSchema(ruleSet: RuleSet) {
  const fields = createFieldSchemas(ruleSet)
  return z.object({
    name: z.union([z.literal(''), fields.miniProgramName]),
    intro: z.union([z.literal(''), fields.intro]),
    shortName: z.string().trim().max(30),
    category: z.string(),
  })
}

export function appIdFormSchema(ruleSet: RuleSet) {
  return z.object({ appId: z.union([z.literal(''), createFieldSchemas(ruleSet).appId]) })
}

export function uploadFormSchema() {
  return z.object({
    version: z
      .string()
      .trim()
      .refine((v) => v === '' || versionPattern.test(v), t('publish.checklist.tasks.upload.versionInvalid')),
    note: z
      .string()
      .trim()
      .max(noteMaxLength, t('publish.checklist.tasks.upload.noteTooLong', { max: noteMaxLength })),
  })
}

export function reviewFormSchema(today: LocalDate) {
  return z.object({ submittedOn: pastDate(today, t('publish.checklist.tasks.review.submittedOn')) })
}

export function releaseFormSchema(today: LocalDate) {
  return z.object({ releasedOn: pastDate(today, t('publish.checklist.tasks.release.releasedOn')) })
}

export function targetFormSchema(today: LocalDate) {
  return z.object({
    target: z
      .string()
      .trim()
      .refine((v) => isLocalDate(v), t('publish.plan.targetInvalid'))
      .refine((v) => !isLocalDate(v) || v >= today, t('publish.plan.targetPast', { today })),
  })
}

/** '' → absent: the progress keeps only what was recorded. */
export function present<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  ) as Partial<T>
}
