import { z } from 'zod'
import { publishProgressSchema } from '../publishing/checklist'
import { subjectTypes } from '../subject'
import {
  appId,
  creditCode,
  email,
  identityHash,
  localDate,
  maskedIdCard,
  maskedMobile,
  miniProgramName,
  optionalText,
  recordId,
  recordMeta,
  requiredText,
} from './record-fields'

// The ledger's records as they are stored (schema version 3), each with its zod schema and inferred type.
// Optional fields are absent, never '' or null, so that unique indexes skip them.

/** The agency's customer. */
export const clientSchema = z.strictObject({
  ...recordMeta,
  name: requiredText(),
  contact: optionalText(200),
  notes: optionalText(),
})

/** 主体: who registers. Individuals have no credit code. */
export const subjectSchema = z.strictObject({
  ...recordMeta,
  name: requiredText(),
  type: z.enum(subjectTypes),
  creditCode: creditCode.optional(),
  clientId: recordId.optional(),
  notes: optionalText(),
})

export const accountTypes = ['subscription', 'service'] as const

/** 公众号. */
export const officialAccountSchema = z.strictObject({
  ...recordMeta,
  name: requiredText(),
  subjectId: recordId,
  accountType: z.enum(accountTypes),
  certified: z.boolean(),
  certExpiry: localDate.optional(),
  email,
  notes: optionalText(),
})

export const miniProgramStatuses = ['in-progress', 'registered', 'failed'] as const
export const certStatuses = ['none', 'pending', 'certified', 'failed'] as const
export const waitingOnValues = ['client-documents', 'admin-scan', 'platform-review'] as const
export const registrationPaths = ['standalone', 'reuse'] as const

/** 小程序. `caseId` ties a record to the wizard's registration; `viaAccountId` is the reuse path's account. */
export const miniProgramSchema = z.strictObject({
  ...recordMeta,
  name: miniProgramName.optional(),
  subjectId: recordId.optional(),
  appId: appId.optional(),
  path: z.enum(registrationPaths),
  status: z.enum(miniProgramStatuses),
  certStatus: z.enum(certStatuses),
  certExpiry: localDate.optional(),
  transferDeadline: localDate.optional(),
  createdOn: localDate,
  email,
  adminId: recordId.optional(),
  viaAccountId: recordId.optional(),
  caseId: recordId.optional(),
  waitingOn: z.array(z.enum(waitingOnValues)),
  /** 发布清单: the publishing progress recorded for this mini program (schema version 3). */
  publishing: publishProgressSchema.optional(),
  notes: optionalText(),
})

export const associationKinds = ['same', 'other'] as const

/** 关联: an official account ↔ a mini program. `month` is linkedOn's 'YYYY-MM', kept for the monthly quota. */
export const associationSchema = z.strictObject({
  ...recordMeta,
  officialAccountId: recordId,
  miniProgramId: recordId,
  kind: z.enum(associationKinds),
  linkedOn: localDate,
  month: z.string().regex(/^\d{4}-\d{2}$/),
  byFastRegistration: z.boolean(),
})

/** 管理员: only masked numbers and their keyed hashes, never a full ID card or mobile number. */
export const adminSchema = z.strictObject({
  ...recordMeta,
  name: requiredText(),
  idCardMasked: maskedIdCard,
  idCardHash: identityHash,
  mobileMasked: maskedMobile,
  mobileHash: identityHash,
})

export const emailUses = ['mini-program', 'official-account', 'other'] as const

/** An email in use: taken by a mini program or account of the ledger, or known to be registered elsewhere. */
export const emailSchema = z.strictObject({
  ...recordMeta,
  email,
  use: z.enum(emailUses),
  ownerId: recordId.optional(),
  notes: optionalText(),
})

export const feePurposes = ['certification', 'annual-review', 'account-certification', 'other'] as const
export const invoiceStates = ['not-requested', 'requested', 'received'] as const
export const feeResults = ['pending', 'approved', 'rejected'] as const

/** 费用: one payment. A rejected application's fee is not refunded (CERT_FEE). */
export const feeSchema = z.strictObject({
  ...recordMeta,
  purpose: z.enum(feePurposes),
  amount: z.number().min(0).max(1_000_000),
  paidOn: localDate.optional(),
  invoice: z.enum(invoiceStates),
  result: z.enum(feeResults).optional(),
  miniProgramId: recordId.optional(),
  officialAccountId: recordId.optional(),
  notes: optionalText(),
})

export type Client = z.infer<typeof clientSchema>
export type Subject = z.infer<typeof subjectSchema>
export type OfficialAccount = z.infer<typeof officialAccountSchema>
export type MiniProgram = z.infer<typeof miniProgramSchema>
export type Association = z.infer<typeof associationSchema>
export type Admin = z.infer<typeof adminSchema>
export type EmailInUse = z.infer<typeof emailSchema>
export type Fee = z.infer<typeof feeSchema>
export type WaitingOn = (typeof waitingOnValues)[number]
