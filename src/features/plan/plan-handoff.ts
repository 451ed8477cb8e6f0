import type { PlanAccount, PlannedRow, RuleSetId, ScheduledPath } from '../../domain'
import type { WizardHandoff } from '../../storage/wizard-handoff'

/**
 * What the wizard starts with for a planned row: the answers its steps would ask for, as drafts the user
 * checks and confirms step by step. The admin goes as one picked from the ledger does (masked, with the
 * keyed hashes the quota checks count), never in full; an individual's admin is typed in full on the
 * admin step (the wizard checks the individual's age from the number). Of an official account only what does
 * not change (name, type, 已认证, email): its counts are read on the platform the day the step is done.
 */
export function wizardDrafts(
  row: PlannedRow,
  path: ScheduledPath,
  account: PlanAccount | undefined,
): WizardHandoff['drafts'] {
  const admin =
    row.subjectType === 'individual'
      ? { name: row.adminName }
      : {
          name: row.adminName,
          idCardNumber: row.idCardMasked,
          mobile: row.mobileMasked,
          idCardHash: row.idCardHash,
          mobileHash: row.mobileHash,
        }
  const drafts: WizardHandoff['drafts'] = {
    'subject-type': { subjectType: row.subjectType },
    'subject-info': { name: row.subjectName, creditCode: row.creditCode ?? '' },
    account: { email: row.email },
    admin,
    profile: { name: row.miniProgramName },
  }
  if (path === 'reuse' && row.officialAccount !== null) {
    drafts['oa-status'] = account
      ? {
          accountName: row.officialAccount,
          accountType: account.type,
          certified: account.certified,
          email: account.email ?? '',
        }
      : { accountName: row.officialAccount }
  }
  return drafts
}

export function planHandoff(
  row: PlannedRow,
  path: ScheduledPath,
  account: PlanAccount | undefined,
  ruleSetId: RuleSetId,
  label: string,
  started: (caseId: string) => void,
): WizardHandoff {
  return { path, ruleSetId, label, drafts: wizardDrafts(row, path, account), started }
}
