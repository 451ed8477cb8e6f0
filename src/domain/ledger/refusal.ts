import type { QuotaFinding } from '../quota/types'

export type RefusalReason = 'email-in-use' | 'quota' | 'invalid' | 'duplicate' | 'role'

/**
 * A ledger write the wizard asked for and the ledger refused, after the wizard's own checks passed: another
 * tab took the email or the last room of a quota meanwhile. Nothing was written.
 */
export interface LedgerRefused {
  ok: false
  reason: RefusalReason
  findings: readonly QuotaFinding[]
  /** The field whose value another record holds, for `duplicate` and `email-in-use`. */
  field?: string
}

export type LedgerWriteResult = { ok: true } | LedgerRefused

/**
 * Thrown inside a write transaction only, because throwing is how a Dexie transaction is rolled back. It never
 * leaves the ledger's writes: `asWriteResult` turns it into a `LedgerRefused` value for the caller.
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

/**
 * Runs a write transaction and reports a refusal as a value. Any other error (IndexedDB unavailable, a bug)
 * is not a refusal: it propagates, for the caller to tell the user.
 */
export async function asWriteResult(write: () => Promise<unknown>): Promise<LedgerWriteResult> {
  try {
    await write()
    return { ok: true }
  } catch (error) {
    if (!(error instanceof LedgerRefusal)) throw error
    const { reason, findings, field } = error
    return { ok: false, reason, findings, ...(field ? { field } : {}) }
  }
}
