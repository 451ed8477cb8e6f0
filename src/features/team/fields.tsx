import type { ComponentProps } from 'react'
import { teamLimits } from '../../domain/team'
import { t } from '../../i18n'
import { TextField } from '../../ui/form/text-field'
import './messages'

type FieldProps = Omit<ComponentProps<typeof TextField>, 'type' | 'width' | 'hint'>

/** An email to sign in with (the browser may fill it in). */
export function EmailField({ autoComplete = 'username', ...props }: FieldProps) {
  return <TextField type="email" width="medium" autoComplete={autoComplete} {...props} />
}

/**
 * A password of the team's own: a new one says how long it must be, and both a new and a current one say that
 * this is not the WeChat platform's password (which the app never asks for). A confirmation says nothing more.
 */
export function PasswordField({ kind, ...props }: FieldProps & { kind: 'new' | 'current' | 'confirm' }) {
  const notWeChat = t('team.notTheWeChatPassword')
  const hint =
    kind === 'new'
      ? `${t('team.setup.passwordHint', { min: teamLimits.passwordMin })}${notWeChat}`
      : kind === 'current'
        ? notWeChat
        : undefined
  const autoComplete = kind === 'current' ? 'current-password' : 'new-password'
  return <TextField type="password" width="medium" hint={hint} autoComplete={autoComplete} {...props} />
}
