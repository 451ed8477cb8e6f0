import {
  isApproved,
  lastApplication,
  requireRuleValue,
  type FlowState,
  type LocalDate,
  type RuleSet,
  type StepId,
  type Usage,
} from '../../domain'
import type { AdminHashes } from './usage'

import { loadLedger as bridge } from './ledger-bridge'

/** What the ledger holds for the values about to be submitted at `step`; nothing when it cannot be read. */
export async function ledgerUsageFor(
  caseId: string,
  step: StepId,
  values: Record<string, unknown>,
  today: LocalDate,
  hashes?: AdminHashes,
): Promise<Usage> {
  const query =
    step === 'account'
      ? { email: String(values.email ?? '') }
      : step === 'admin' && hashes
        ? { idCardHash: hashes.idCard, mobileHash: hashes.mobile }
        : step === 'subject-info'
          ? { creditCode: String(values.creditCode ?? ''), subjectName: String(values.name ?? '') }
          : step === 'oa-status'
            ? { officialAccountEmail: String(values.email ?? '') }
            : null
  if (!query) return {}
  try {
    return await (await bridge()).ledgerUsage({ ...query, exceptCaseId: caseId }, today)
  } catch {
    // No IndexedDB (a locked-down browser): the registrations in this browser still count.
    return {}
  }
}

/** The larger of two counts of the same thing: the ledger already holds this browser's open registrations. */
export function mergeUsage(a: Usage, b: Usage): Usage {
  const max = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.max(x, y))
  const emails = [...new Set([...(a.emailsInUse ?? []), ...(b.emailsInUse ?? [])])]
  return {
    ...b,
    ...a,
    subjectMiniPrograms: max(a.subjectMiniPrograms, b.subjectMiniPrograms),
    idCardMiniPrograms: max(a.idCardMiniPrograms, b.idCardMiniPrograms),
    phoneMiniPrograms: max(a.phoneMiniPrograms, b.phoneMiniPrograms),
    officialAccount: a.officialAccount ?? b.officialAccount,
    ...(emails.length > 0 ? { emailsInUse: emails } : {}),
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
            certified: oa.certified || isApproved(flow.outcomes.oaCertification),
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
  if (flow.outcomes.reuseResult) return flow.outcomes.reuseResult
  return 'none'
}

/**
 * Writes the registration to the ledger after a step: 进行中 from the account step on, final on 提交. A new
 * subject goes under the registration's client (`clientId`), when one was chosen.
 * Returns the ledger's refusal (another tab took the email or the last room), or null.
 */
export async function syncLedger(
  caseId: string,
  flow: FlowState,
  today: LocalDate,
  ruleSet: RuleSet,
  clientId?: string,
): Promise<Error | null> {
  try {
    const ledger = await bridge()
    const entry = inProgressEntry(caseId, flow, today, ruleSet, clientId)
    if (!entry) return null
    await ledger.recordInProgress(entry)
    if (flow.status !== 'submitted') return null
    const type = flow.answers['subject-type']?.subjectType ?? 'enterprise'
    const fee = requireRuleValue(ruleSet, 'CERT_FEE').feeBySubject[type]
    const paid = (
      list: FlowState['outcomes']['certification'],
      purpose: 'certification' | 'account-certification',
    ) =>
      (list ?? []).map((app) => ({
        purpose,
        amount: fee,
        paidOn: app.submittedOn,
        result:
          app.result === 'approved'
            ? ('approved' as const)
            : app.result === 'rejected'
              ? ('rejected' as const)
              : ('pending' as const),
      }))
    await ledger.finaliseRegistration(caseId, {
      today,
      ruleSet,
      name: flow.answers.profile?.name,
      certStatus: certStatus(flow),
      transferDeadline: flow.outcomes.transfer?.deadline,
      fees: [
        ...paid(flow.outcomes.certification, 'certification'),
        ...paid(flow.outcomes.oaCertification, 'account-certification'),
      ],
    })
    return null
  } catch (error) {
    return error instanceof Error && error.name === 'LedgerRefusal' ? error : null
  }
}

/** Deleting an unfinished registration frees its email and its admin's count in the ledger. */
export async function removeFromLedger(caseId: string): Promise<void> {
  try {
    await (await bridge()).removeInProgress(caseId)
  } catch {
    // Nothing recorded, or no IndexedDB: nothing to free.
  }
}
