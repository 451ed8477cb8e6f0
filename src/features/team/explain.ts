import { t } from '../../i18n'
import type { TeamResult } from '../../platform/team-api'
import './messages'

/** What a refused or failed call means, in words, for the reasons any team page may meet. */
export function explain(result: Extract<TeamResult<unknown>, { ok: false }>): string {
  switch (result.reason) {
    case 'signed-out':
      return t('team.errors.signedOut')
    case 'role':
      return t('team.errors.role')
    case 'offline':
    case 'no-server':
      return t('team.errors.offline')
    default:
      return result.issues?.[0]?.message ?? t('team.errors.server')
  }
}
