import type { PathId, StepId } from '../../../domain'

// Which look-alike of a platform page (模拟界面) goes with which step of which path. No strings here, so the wizard
// may ask `hasRehearsal` without loading the screens and their messages.

export const screenIds = [
  'register-entry',
  'account-form',
  'activation-mail',
  'subject-registration',
  'fast-register',
  'qualifications',
  'admin-binding',
  'registration-result',
  'certification',
  'transfer',
  'publish-flow',
] as const
export type ScreenId = (typeof screenIds)[number]

const screensByPath: Readonly<Record<PathId, Partial<Readonly<Record<StepId, ScreenId>>>>> = {
  standalone: {
    'open-platform': 'register-entry',
    'choose-mini-program': 'register-entry',
    account: 'account-form',
    'activate-email': 'activation-mail',
    // 主体信息登记 is one page on the platform: subject, its verification method and the admin.
    'subject-type': 'subject-registration',
    'subject-info': 'subject-registration',
    'verification-method': 'subject-registration',
    admin: 'subject-registration',
    'admin-verify': 'subject-registration',
    certification: 'certification',
    transfer: 'transfer',
    done: 'publish-flow',
  },
  reuse: {
    'certify-oa': 'certification',
    'fast-register': 'fast-register',
    qualifications: 'qualifications',
    account: 'account-form',
    'activate-email': 'activation-mail',
    'registration-result': 'registration-result',
    admin: 'admin-binding',
    'admin-verify': 'admin-binding',
    done: 'publish-flow',
  },
}

/** The look-alike shown beside `step` on `path`, or `null` where the platform has no page of its own for it. */
export function screenFor(step: StepId, path: PathId): ScreenId | null {
  return screensByPath[path][step] ?? null
}

/** Whether `step` on `path` has a rehearsal screen (模拟界面). */
export function hasRehearsal(step: StepId, path: PathId): boolean {
  return screenFor(step, path) !== null
}

/** Every step that shows `screen`, path by path, in the paths' own order of the map above. */
export function stepsShowing(screen: ScreenId): { path: PathId; step: StepId }[] {
  return (Object.keys(screensByPath) as PathId[]).flatMap((path) =>
    (Object.entries(screensByPath[path]) as [StepId, ScreenId][])
      .filter(([, id]) => id === screen)
      .map(([step]) => ({ path, step })),
  )
}
