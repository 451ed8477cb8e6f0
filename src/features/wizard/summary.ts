import {
  fieldLabel,
  formatFileSize,
  isAccountCertified,
  lastApplication,
  outline,
  paidCertifications,
  ruleSets,
  timesFee,
  type FlowState,
  type StepId,
} from '../../domain'
import { joinList, t } from '../../i18n'
import { formatFee } from '../../ui/format'
import { reuseResultLabel } from './reuse-result-label'
import '../../i18n/wizard-messages'

export interface SummaryRow {
  label: string
  value: string
  /** The step where the answer can be changed (none for what the platform recorded). */
  step?: StepId
}

const yes = (value: boolean, onYes: string, onNo: string) => (value ? onYes : onNo)

/** What the registration recorded, only for the steps on its path: check answers, confirmation and 复制摘要 use it. */
export function summaryRows(flow: FlowState): SummaryRow[] {
  const on = new Set(outline(flow).steps)
  const a = flow.answers
  const rows: SummaryRow[] = [
    { label: t('wizard.review.path'), value: t(`terms.path.${flow.path}`) },
    { label: t('wizard.review.ruleSet'), value: t(`rules.ruleSet.${flow.ruleSetId}`) },
  ]
  const add = (step: StepId, label: string, value: string | undefined) => {
    if (on.has(step) && value !== undefined) rows.push({ label, value, step })
  }
  add(
    'subject-type',
    t('wizard.review.subjectType'),
    a['subject-type'] && t(`terms.subjectType.${a['subject-type'].subjectType}`),
  )
  add('subject-info', t('wizard.fields.subjectName'), a['subject-info']?.name)
  add('subject-info', t('wizard.fields.creditCode'), a['subject-info']?.creditCode)
  const method = a['verification-method']?.method
  add(
    'verification-method',
    t('wizard.review.method'),
    method && t(method === 'transfer' ? 'wizard.fields.methodTransfer' : 'wizard.fields.methodCertification'),
  )
  const oa = a['oa-status']
  if (oa) {
    add(
      'oa-status',
      t('wizard.review.account'),
      t('wizard.review.withNote', { name: oa.accountName, note: t(`terms.accountType.${oa.accountType}`) }),
    )
    add(
      'oa-status',
      t('wizard.review.accountStatus'),
      // Certified on the way (certify-oa) counts: the status typed earlier is no longer the account's.
      yes(isAccountCertified(flow) === true, t('wizard.fields.certifiedYes'), t('wizard.fields.certifiedNo')),
    )
    add('oa-status', t('wizard.fields.oaEmail'), oa.email)
    add(
      'oa-status',
      t('wizard.review.links'),
      t('wizard.review.linksValue', { same: oa.sameSubjectLinks, other: oa.otherSubjectLinks }),
    )
    add('oa-status', t('wizard.review.monthFast'), t('terms.count', { count: oa.monthFastRegistrations }))
  }
  const q = a.qualifications
  if (q) {
    const reused = [
      t('wizard.fields.qualSubject'),
      ...(q.operatorInfo ? [t('wizard.fields.qualOperator')] : []),
      ...(q.certification ? [t('wizard.fields.qualCertification')] : []),
    ]
    add('qualifications', t('wizard.review.qualifications'), joinList(reused))
  }
  add('account', fieldLabel('email'), a.account?.email)
  add('admin', fieldLabel('adminName'), a.admin?.name)
  add('admin', fieldLabel('idCardNumber'), a.admin?.idCardNumber)
  add('admin', fieldLabel('mobile'), a.admin?.mobile)
  add('profile', fieldLabel('miniProgramName'), a.profile?.name)
  add('profile', fieldLabel('intro'), a.profile?.intro)
  add(
    'profile',
    t('wizard.review.logo'),
    a.profile &&
      t('wizard.review.withNote', { name: a.profile.logo.name, note: formatFileSize(a.profile.logo.size) }),
  )
  const cert = lastApplication(flow.outcomes.certification)
  if (cert)
    rows.push({ label: t('wizard.review.certification'), value: t(`wizard.outcome.result.${cert.result}`) })
  rows.push(...feeRows(flow))
  const transfer = flow.outcomes.transfer
  if (transfer) rows.push({ label: t('wizard.review.transfer'), value: transferValue(transfer) })
  const reuse = flow.outcomes.reuseResult
  if (reuse) rows.push({ label: t('wizard.review.reuseResult'), value: reuseResultLabel(reuse) })
  if (flow.outcomes.appId) rows.push({ label: fieldLabel('appId'), value: flow.outcomes.appId })
  return rows
}

/** rule: TRANSFER_VERIFY — the day it was done; until then its deadline. */
function transferValue(transfer: NonNullable<FlowState['outcomes']['transfer']>): string {
  switch (transfer.result) {
    case 'done':
      return transfer.doneOn
        ? t('wizard.outcome.transferDoneOn', { date: transfer.doneOn })
        : t('wizard.outcome.transferDoneBefore', { date: transfer.deadline })
    case 'pending':
      return t('wizard.outcome.transferPendingValue', { date: transfer.deadline })
    case 'expired':
      return t('wizard.outcome.transferExpiredValue', { date: transfer.deadline })
  }
}

/**
 * rule: CERT_FEE — each paid application (the account's, then the mini program's), and their total: a range, or
 * a caution, where the rule set cannot say the one amount (the platform's payment page shows what was paid).
 */
function feeRows(flow: FlowState): SummaryRow[] {
  const ruleSet = ruleSets[flow.ruleSetId]
  const paid = paidCertifications(flow.outcomes, flow.answers['subject-type']?.subjectType, ruleSet)
  const [first] = paid
  if (!first) return []
  const rows = paid.map((p) => ({
    label: t(p.target === 'official-account' ? 'wizard.review.oaCertFee' : 'wizard.review.certFee', {
      n: p.n,
    }),
    value: t('wizard.review.certFeeValue', {
      amount: formatFee(p.amount),
      date: p.submittedOn,
      result: t(`wizard.outcome.result.${p.result}`),
    }),
  }))
  const total = formatFee(timesFee(first.amount, paid.length))
  return [
    ...rows,
    {
      label: t('wizard.review.certFeeTotal'),
      value: t('wizard.review.certFeeTotalValue', { amount: total, count: paid.length }),
    },
  ]
}

/** The summary as plain text for 复制摘要. */
export function summaryText(flow: FlowState): string {
  const lines = summaryRows(flow).map((row) =>
    t('wizard.review.line', { label: row.label, value: row.value }),
  )
  return [t('wizard.done.summaryTitle'), ...lines].join('\n')
}
