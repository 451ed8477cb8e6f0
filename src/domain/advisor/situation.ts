import { z } from 'zod'
import { subjectTypes } from '../subject'

/**
 * The numbers the advisor answers for. Not a platform rule: a sanity bound, far above every limit in the rule
 * sets (a subject holds at most 50), so that a typo or a pasted page of digits is refused rather than answered.
 */
export const countRange = { min: 0, max: 999 } as const
/** How many may be wanted: at least one, within the same bound. */
export const wantedRange = { min: 1, max: countRange.max } as const

const count = z.number().int().min(countRange.min).max(countRange.max)

/** The official account (公众号) the subject has, as its backend shows it. */
export const officialAccountSituationSchema = z.object({
  /** 订阅号 or 服务号: both qualify for reuse once certified (REUSE_OA_CERTIFIED). */
  type: z.enum(['subscription', 'service']),
  /** The top-right badge shows 已认证. */
  certified: z.boolean(),
  /** The account's subject is the subject of the mini programs to create. */
  sameSubject: z.boolean(),
  /** Mini programs of the same subject associated now, fast-registered ones included. OA_LINK_SAME */
  sameSubjectLinks: count,
  /** Mini programs of another subject associated now. OA_LINK_OTHER */
  otherSubjectLinks: count,
  /** Associations added this calendar month other than by fast registration. OA_LINK_MONTHLY */
  monthNewLinks: z.object({ sameSubject: count, otherSubject: count }),
  /** Successful fast registrations this calendar month. FAST_REG_MONTHLY */
  monthFastRegistrations: count,
  /** A fast registration waits to be completed (待完成注册). FAST_REG_ONE_AT_A_TIME */
  fastRegistrationPending: z.boolean(),
})

export type OfficialAccountSituation = z.infer<typeof officialAccountSituationSchema>

/**
 * What the advisor is told. No personal data: counts and choices only, so the whole of it fits in a URL.
 * A count left out is unknown, and unknown is not zero: the limit it feeds is not checked.
 */
export const situationSchema = z.object({
  subjectType: z.enum(subjectTypes),
  /** `null`: the subject has no official account. */
  officialAccount: officialAccountSituationSchema.nullable(),
  /** How many mini programs they want (N). */
  wanted: z.number().int().min(wantedRange.min).max(wantedRange.max),
  /** Mini programs the subject already holds. SUBJECT_TOTAL */
  subjectMiniPrograms: count.optional(),
  /** Mini programs the admin's ID card number is already bound to. ID_CARD_LIMIT */
  adminIdCardMiniPrograms: count.optional(),
  /** Mini programs the admin's mobile number has already registered. PHONE_LIMIT */
  adminPhoneMiniPrograms: count.optional(),
})

export type Situation = z.infer<typeof situationSchema>
