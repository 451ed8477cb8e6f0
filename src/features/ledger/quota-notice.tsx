import { Link } from 'react-router'
import type { QuotaFinding } from '../../domain'
import { t } from '../../i18n'
import { Notice } from '../../ui/notice'
import { ruleName } from '../../ui/rules/rule-text'

/** A hand-made save that would pass a quota: which rule, the numbers, and the rule's page. */
export function QuotaNotice({
  findings,
  announce = true,
}: {
  findings: readonly QuotaFinding[]
  /** Announced as it appears (a refused save); false where it is read with the page (同步被拒). */
  announce?: boolean
}) {
  const blocks = findings.filter((finding) => finding.severity === 'block')
  if (blocks.length === 0) return null
  return (
    <div role={announce ? 'alert' : undefined}>
      <Notice title={t('ledger.ui.form.quotaTitle')} tone="warning">
        <ul>
          {blocks.map((finding) => (
            <li key={`${finding.ruleId}-${finding.reason ?? ''}`}>
              {t('ledger.ui.form.quotaBody', {
                label: ruleName(finding.ruleId),
                used: finding.used,
                limit: finding.limit ?? '',
                id: finding.ruleId,
              })}{' '}
              <Link to={`/rules#${finding.ruleId}`}>{t('ledger.ui.form.quotaRule')}</Link>
            </li>
          ))}
        </ul>
      </Notice>
    </div>
  )
}
