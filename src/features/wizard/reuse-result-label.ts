import type { ReuseResult } from '../../domain'
import { t, type MessageKey } from '../../i18n'
import '../../i18n/wizard-messages'

const resultLabels: Record<ReuseResult, MessageKey> = {
  certified: 'wizard.outcome.reuseCertified',
  'not-certified': 'wizard.outcome.reuseNotCertified',
  failed: 'wizard.outcome.reuseFailed',
  pending: 'wizard.outcome.reusePending',
}

/** What the platform shows after a fast registration, in the words of the wizard (REUSE_CERT_OUTCOME). */
export function reuseResultLabel(result: ReuseResult): string {
  return t(resultLabels[result])
}
