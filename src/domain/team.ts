import './zod-mode'
import { z } from 'zod'
import { t } from '../i18n'

// 团队台账: what a sign-in, a team's set-up and a new member are made of. The team server and the /team pages
// validate with these same schemas; their messages are in the 'team' catalog area, which the caller registers.

export const teamRoles = ['owner', 'operator', 'viewer'] as const
/** 所有者 (members, the audit log, and writes), 经办人 (writes), 只读 (reads). */
export type TeamRole = (typeof teamRoles)[number]

export const teamLimits = { emailMax: 254, passwordMin: 12, passwordMax: 200, teamNameMax: 100 } as const

const required = () => t('form.required')

/** An email, compared trimmed and in lower case. */
export const teamEmail = z
  .string({ error: required })
  .trim()
  .toLowerCase()
  .min(1, { error: required })
  .max(teamLimits.emailMax, { error: () => t('team.errors.emailLong', { max: teamLimits.emailMax }) })
  .pipe(z.email({ error: () => t('team.errors.email') }))

/** A new password: long rather than complicated. */
export const teamNewPassword = z
  .string({ error: required })
  .min(teamLimits.passwordMin, {
    error: () => t('team.errors.passwordShort', { min: teamLimits.passwordMin }),
  })
  .max(teamLimits.passwordMax, {
    error: () => t('team.errors.passwordLong', { max: teamLimits.passwordMax }),
  })

export const signInSchema = z.strictObject({
  email: teamEmail,
  // Any length: a password that is too short is simply wrong, and says so the same way.
  password: z
    .string({ error: required })
    .min(1, { error: required })
    .max(teamLimits.passwordMax, {
      error: () => t('team.errors.passwordLong', { max: teamLimits.passwordMax }),
    }),
})

export const teamName = z
  .string({ error: required })
  .trim()
  .min(1, { error: () => t('team.errors.teamName', { max: teamLimits.teamNameMax }) })
  .max(teamLimits.teamNameMax, { error: () => t('team.errors.teamName', { max: teamLimits.teamNameMax }) })

/** What the server takes to set itself up: the team and its owner. */
export const setupSchema = z.strictObject({ teamName, email: teamEmail, password: teamNewPassword })

/** The set-up form: the same, with the password typed twice. */
export const setupFormSchema = setupSchema
  .extend({ confirm: z.string({ error: required }) })
  .refine((value) => value.confirm === value.password, {
    path: ['confirm'],
    error: () => t('team.errors.mismatch'),
  })

export const newMemberSchema = z.strictObject({
  email: teamEmail,
  password: teamNewPassword,
  role: z.enum(teamRoles),
})

/**
 * The team's identity key as a member pastes it: 32 bytes in base64, as the owner's browser made it. Spaces and
 * line breaks picked up while copying are dropped.
 */
export const teamKeyFormSchema = z.strictObject({
  key: z
    .string({ error: required })
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(
      z
        .string()
        .min(1, { error: required })
        .regex(/^[A-Za-z0-9+/]{43}=$/, { error: () => t('team.errors.keyFormat') }),
    ),
})

// What the team server answers, as both sides see it.

/** Who is signed in, in which team, as what. */
export interface TeamSession {
  userId: string
  teamId: string
  email: string
  role: TeamRole
}

export interface TeamMember {
  userId: string
  email: string
  role: TeamRole
  addedAt: string
}

/** One row of the audit log: who did what to which record, with the record before and after (null: none). */
export interface AuditEntry {
  id: number
  at: string
  userEmail: string | null
  action: string
  table: string | null
  recordId: string | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}
