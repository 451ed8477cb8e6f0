import {
  certificationFee,
  exactFee,
  isAccountCertified,
  lastApplication,
  type FlowState,
  type IdentityQuery,
  type LocalDate,
  type RuleSet,
  type Usage,
} from '../../domain'
import type { LedgerRefused } from '../../storage/ledger'

import { loadLedger as bridge } from './ledger-bridge'

/** What the ledger holds, or that it could not be read (`unavailable`: no IndexedDB, a broken store). */
export type LedgerUsage = { ok: true; usage: Usage } | { ok: false; reason: 'unavailable' }

/**
 * What the ledger holds for the identities a step is about to use (`stepIdentities`), leaving out this
 * registration's own record. Nothing to ask for `null`.
 */
export async function ledgerUsageFor(
  caseId: string,
  query: IdentityQuery | null,
  today: LocalDate,
): Promise<LedgerUsage> {
  if (!query) return { ok: true, usage: {} }
  try {
    return { ok: true, usage: await (await bridge()).ledgerUsage({ ...query, exceptCaseId: caseId }, today) }
  } catch {
    // Not a refusal: the ledger cannot be read here. The caller says so; this browser's registrations still count.
    return { ok: false, reason: 'unavailable' }
  }
}

/** The registration as the ledger keeps it while 进行中: from the account step on. */
function inProgressEntry(
  caseId: string,
  flow: FlowState,
  today: LocalDate,
  ruleSet: RuleSet,
  clientId: string | undefined,
) {
  const a = flow.answers
  const email = flow.completed.includes('account') ? a.account?.email : undefined
  if (!email) return null
  const type = a['subject-type']?.subjectType
  const info = a['subject-info']
  const admin =
    flow.completed.includes('admin') && a.admin?.idCardHash && a.admin.mobileHash ? a.admin : undefined
  const subjectName = info?.name ?? (type === 'individual' ? admin?.name : undefined)
  const oa = a['oa-status']
  return {
    caseId,
    path: flow.path,
    email,
    today,
    ruleSet,
    ...(type && subjectName
      ? { subject: { type, name: subjectName, creditCode: info?.creditCode, clientId } }
      : {}),
    ...(oa
      ? {
          officialAccountEmail: oa.email,
          officialAccount: {
            name: oa.accountName,
            accountType: oa.accountType,
            // Certified on the way (certify-oa) counts, not only as typed on the status step.
            certified: isAccountCertified(flow) === true,
          },
        }
      : {}),
    ...(admin
      ? {
          admin: {
            name: admin.name,
            idCardMasked: admin.idCardNumber,
            idCardHash: admin.idCardHash!,
            mobileMasked: admin.mobile,
            mobileHash: admin.mobileHash!,
          },
        }
      : {}),
    ...(a.profile ? { miniProgramName: a.profile.name } : {}),
  }
}

/** The mini program's certification as the ledger records it. */
function certStatus(flow: FlowState): 'none' | 'pending' | 'certified' | 'failed' {
  const last = lastApplication(flow.outcomes.certification)
  if (last?.result === 'approved') return 'certified'
  if (last) return last.result === 'rejected' ? 'failed' : 'pending'
  // rule: REUSE_CERT_OUTCOME — registered but not certified (to be certified on its own) is no certification yet.
  const reuse = flow.outcomes.reuseResult
  if (reuse && reuse !== 'not-certified') return reuse
  return 'none'
}

/**
 * What became of a write to the ledger: done; refused (another tab took the email or the last room meanwhile:
 * nothing was written); or `unavailable`, the ledger could not be written at all.
 */
export type LedgerSync = { ok: true } | LedgerRefused | { ok: false; reason: 'unavailable' }

/**
 * The fees paid for one list of applications, as the ledger records them. rule: CERT_FEE — only an amount the
 * rule set can say (`null`: it varies or is not confirmed): nothing is recorded rather than a wrong figure, and
 * the operator adds what the platform's payment page showed in the ledger.
 */
function feesPaid(
  list: FlowState['outcomes']['certification'],
  purpose: 'certification' | 'account-certification',
  amount: number | null,
) {
  if (amount === null) return []
  return (list ?? []).map((app) => ({
    purpose,
    amount,
    paidOn: app.submittedOn,
    result:
      app.result === 'approved'
        ? ('approved' as const)
        : app.result === 'rejected'
          ? ('rejected' as const)
          : ('pending' as const),
  }))
}

/**
 * Writes the registration to the ledger after a step: 进行中 from the account step on, final on 提交, 注册失败
 * when the platform failed it. A new
 * subject goes under the registration's client (`clientId`), when one was chosen.
 */
export async function syncLedger(
  caseId: string,
  flow: FlowState,
  today: LocalDate,
  ruleSet: RuleSet,
  clientId?: string,
): Promise<LedgerSync> {
  const entry = inProgressEntry(caseId, flow, today, ruleSet, clientId)
  if (!entry) return { ok: true }
  try {
    const ledger = await bridge()
    // rule: TRANSFER_VERIFY — the platform failed it: 注册失败, counting against no quota.
    if (flow.status === 'failed') return await ledger.recordFailure(caseId)
    const recorded = await ledger.recordInProgress(entry)
    if (!recorded.ok || flow.status !== 'submitted') return recorded
    // rule: CERT_FEE — the fee of the subject type, for each application paid, where it is one known amount.
    const fee = exactFee(certificationFee(ruleSet, flow.answers['subject-type']?.subjectType ?? 'enterprise'))
    return await ledger.finaliseRegistration(caseId, {
      today,
      ruleSet,
      name: flow.answers.profile?.name,
      appId: flow.outcomes.appId,
      certStatus: certStatus(flow),
      transferDeadline: flow.outcomes.transfer?.deadline,
      fees: [
        ...feesPaid(flow.outcomes.certification, 'certification', fee),
        ...feesPaid(flow.outcomes.oaCertification, 'account-certification', fee),
      ],
    })
  } catch {
    return { ok: false, reason: 'unavailable' }
  }
}

/**
 * The AppID recorded on the confirmation page, written to the registration's record in the ledger (already
 * final by then). Refused when another mini program of the ledger has it; `invalid` when the ledger has no
 * record of this registration (it could not be written at the time).
 */
export async function syncAppId(caseId: string, appId: string): Promise<LedgerSync> {
  try {
    return await (await bridge()).recordAppId(caseId, appId)
  } catch {
    return { ok: false, reason: 'unavailable' }
  }
}

/**
 * Deleting an unfinished registration frees its email and its admin's count in the ledger; false when the
 * ledger could not be written (its record, if any, stays).
 */
export async function removeFromLedger(caseId: string): Promise<boolean> {
  try {
    await (await bridge()).removeInProgress(caseId)
    return true
  } catch {
    return false
  }
}
