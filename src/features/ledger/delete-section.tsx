import { useState } from 'react'
import { useNavigate } from 'react-router'
import { t } from '../../i18n'
import {
  deleteRecord,
  deletionImpact,
  type DeleteResult,
  type LedgerRecord,
  type TableName,
} from '../../storage/ledger'
import { Button } from '../../ui/button'
import { Notice } from '../../ui/notice'
import { recordPath, recordTitle, tableLabel } from './kinds'
import { useLedgerEnv } from './use-ledger-env'

function failureText(result: Exclude<DeleteResult, { ok: true }> | { ok: false; reason: 'role' }): string {
  if (result.reason === 'conflict') return t('ledger.ui.details.changedMeanwhile')
  if (result.reason === 'role') return t('ledger.ui.team.role')
  return t('ledger.ui.details.inUse', { count: result.count, table: tableLabel(result.by) })
}

/** 删除 with a confirmation that says what goes with the record; refused while others point at it. */
export function DeleteSection({ table, record }: { table: TableName; record: LedgerRecord }) {
  const { db } = useLedgerEnv()
  const navigate = useNavigate()
  const [impact, setImpact] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const name = recordTitle(table, record)

  async function ask() {
    const counts = await deletionImpact(db, table, record.id)
    const list = Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([other, count]) => t('ledger.ui.countOf', { count, table: tableLabel(other as TableName) }))
    setFailure(null)
    setImpact(
      list.length > 0
        ? t('ledger.ui.details.confirmCascade', { list: list.join(t('ledger.ui.separator')) })
        : '',
    )
  }

  async function confirm() {
    const result = await deleteRecord(db, table, record.id, record.version)
    if (result.ok) {
      void navigate(recordPath(table), { state: { deleted: name } })
      return
    }
    setImpact(null)
    setFailure(failureText(result))
  }

  return (
    <div className="ledger__delete">
      {failure ? (
        <div role="alert">
          <p className="ledger__failure">{failure}</p>
        </div>
      ) : null}
      {impact === null ? (
        <Button
          variant="secondary"
          onClick={() => void ask()}
          aria-label={t('ledger.ui.details.deleteNamed', { name })}
        >
          {t('ledger.ui.details.delete')}
        </Button>
      ) : (
        <Notice title={t('ledger.ui.details.confirmTitle', { name })} tone="warning">
          <p>
            {t('ledger.ui.details.confirmBody')}
            {impact}
          </p>
          <div className="ledger__actions">
            <Button onClick={() => void confirm()}>{t('ledger.ui.details.confirmDelete')}</Button>
            <Button variant="secondary" onClick={() => setImpact(null)}>
              {t('ledger.ui.details.cancel')}
            </Button>
          </div>
        </Notice>
      )}
    </div>
  )
}
