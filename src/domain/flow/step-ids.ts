// Every step of both paths. A step id names one question or one thing done on the platform; a step that
// appears on both paths (account, subject, admin, profile…) has one id, so its answers carry across a path switch.
export const pathIds = ['standalone', 'reuse'] as const
/** standalone: 单独注册; reuse: 复用公众号资质快速注册 */
export type PathId = (typeof pathIds)[number]

export const stepIds = [
  'open-platform',
  'choose-mini-program',
  'subject-type',
  'subject-info',
  'oa-status',
  'certify-oa',
  'open-mini-program',
  'fast-register',
  'qualifications',
  'account',
  'activate-email',
  'registration-result',
  'verification-method',
  'admin',
  'admin-verify',
  'confirm-subject',
  'certification',
  'transfer',
  'profile',
  'review',
  'done',
] as const

export type StepId = (typeof stepIds)[number]

/**
 * form: the wizard asks and checks; instruction: done on the WeChat platform, confirmed here;
 * outcome: the platform's answer is recorded here (review results, transfers); review: check answers.
 */
export type StepKind = 'form' | 'instruction' | 'outcome' | 'review' | 'done'

export function isPathId(value: unknown): value is PathId {
  return value === 'standalone' || value === 'reuse'
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (stepIds as readonly string[]).includes(value)
}
