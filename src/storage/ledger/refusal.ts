import type { QuotaFinding } from '../../domain'

export type RefusalReason = 'email-in-use' | 'quota' | 'invalid' | 'duplicate'

/**
 * A ledger write the wizard asked for and the ledger refused, after the wizard's own checks passed: another
 * tab took the email or the last room of a quota meanwhile. Nothing was written.
 */
export class LedgerRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly findings: readonly QuotaFinding[] = [],
    readonly field?: string,
  ) {
    super(`Ledger refused the write: ${reason}${field ? ` (${field})` : ''}`)
    this.name = 'LedgerRefusal'
  }
}
