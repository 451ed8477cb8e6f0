import { t } from '../../i18n'
import type { LedgerRecord, TableName } from '../../storage/ledger'
import { Button } from '../../ui/button'
import { Notice } from '../../ui/notice'
import { displayValue, type RefTitles } from './display'
import { fieldLabel } from './field-words'
import { askedFields } from './form-fields'
import { Breakable, StackedTable } from '../../ui/stacked-table'

interface ConflictNoticeProps {
  table: TableName
  mine: Record<string, unknown>
  /** What is stored now; absent when the record was deleted meanwhile. */
  current: LedgerRecord | undefined
  titles?: RefTitles
  onUseTheirs: () => void
  onKeepMine: () => void
}

/** A save refused because the record changed meanwhile: the differences, and the user's two ways on. */
export function ConflictNotice({
  table,
  mine,
  current,
  titles,
  onUseTheirs,
  onKeepMine,
}: ConflictNoticeProps) {
  if (!current) {
    return (
      <Notice title={t('ledger.ui.form.conflictTitle')} tone="warning">
        <p>{t('ledger.ui.form.conflictDeleted')}</p>
      </Notice>
    )
  }
  const stored = current as unknown as Record<string, unknown>
  const differing = askedFields(table).filter(
    (spec) =>
      !['idCardNumber', 'mobile'].includes(spec.name) &&
      JSON.stringify(mine[spec.name] ?? '') !== JSON.stringify(stored[spec.name] ?? ''),
  )
  return (
    <div role="alert">
      <Notice title={t('ledger.ui.form.conflictTitle')} tone="warning">
        <p>{t('ledger.ui.form.conflictBody')}</p>
        <StackedTable
          columns={[
            t('ledger.ui.form.conflictField'),
            t('ledger.ui.form.conflictMine'),
            t('ledger.ui.form.conflictTheirs'),
          ]}
          rows={differing.map((spec) => ({
            key: spec.name,
            cells: [
              fieldLabel(table, spec),
              <Breakable key="mine" text={displayValue(table, spec.name, mine[spec.name], titles)} />,
              <Breakable key="theirs" text={displayValue(table, spec.name, stored[spec.name], titles)} />,
            ],
          }))}
        />
        <div className="ledger__actions">
          <Button variant="secondary" onClick={onUseTheirs}>
            {t('ledger.ui.form.useTheirs')}
          </Button>
          <Button onClick={onKeepMine}>{t('ledger.ui.form.keepMine')}</Button>
        </div>
      </Notice>
    </div>
  )
}
