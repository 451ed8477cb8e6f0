import { normaliseEmail } from '../quota/quota-check'
import type { Usage } from '../quota/types'
import type { AdminHashes, IdentityQuery } from './identity-query'
import type { StepId } from './step-ids'
import type { FlowState } from './state'
import { steps } from './steps'

export type { AdminHashes, IdentityQuery }

/**
 * What a step's values are about to use, to count before the step is accepted; `null` for a step that uses
 * no counted identity. Read from the step's definition (`StepDef.identities`).
 */
export function stepIdentities(
  step: StepId,
  values: Record<string, unknown>,
  hashes?: AdminHashes,
): IdentityQuery | null {
  return steps[step].identities?.(values, hashes) ?? null
}

/**
 * The identities a registration holds: those of its steps already done. A failed registration (the platform
 * closed it) holds none.
 */
export function registrationIdentities(flow: FlowState): IdentityQuery {
  if (flow.status === 'failed') return {}
  const held: IdentityQuery = {}
  for (const step of flow.completed) {
    const values = flow.answers[step]
    if (values) Object.assign(held, steps[step].identities?.(values as Record<string, unknown>))
  }
  return held
}

const sameEmail = (a?: string, b?: string) => !!a && !!b && normaliseEmail(a) === normaliseEmail(b)
const sameCode = (a?: string, b?: string) => !!a && !!b && a.trim().toUpperCase() === b.trim().toUpperCase()

/**
 * What `others` (other registrations) already use of the identities in `query`, as counts `checkQuotas`
 * reads: the email if one of them took it, and how many hold the admin's ID card, mobile or the subject.
 */
export function usageAmong(query: IdentityQuery, others: readonly IdentityQuery[]): Usage {
  const count = (same: (held: IdentityQuery) => boolean) => others.filter(same).length
  const usage: Usage = {}
  if (query.email) {
    usage.emailsInUse = others.flatMap((held) => (sameEmail(held.email, query.email) ? [held.email!] : []))
  }
  if (query.idCardHash) usage.idCardMiniPrograms = count((held) => held.idCardHash === query.idCardHash)
  if (query.mobileHash) usage.phoneMiniPrograms = count((held) => held.mobileHash === query.mobileHash)
  if (query.creditCode)
    usage.subjectMiniPrograms = count((held) => sameCode(held.creditCode, query.creditCode))
  return usage
}

/**
 * Two counts of the same identities (this browser's registrations, and the ledger, which holds them too):
 * the larger of each count, every email either knows, and the official account as the first one gives it.
 */
export function mergeUsage(a: Usage, b: Usage): Usage {
  const max = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.max(x, y))
  const emails = [...new Set([...(a.emailsInUse ?? []), ...(b.emailsInUse ?? [])])]
  const merged: Usage = { ...b, ...a }
  const counts = ['subjectMiniPrograms', 'idCardMiniPrograms', 'phoneMiniPrograms'] as const
  for (const key of counts) {
    const value = max(a[key], b[key])
    if (value === undefined) delete merged[key]
    else merged[key] = value
  }
  const account = a.officialAccount ?? b.officialAccount
  if (account) merged.officialAccount = account
  if (emails.length > 0) merged.emailsInUse = emails
  return merged
}
