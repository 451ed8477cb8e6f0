import { useState } from 'react'
import { t } from '../../i18n'
import { todayInChina } from '../../platform/clock'
import { miniProgramsCsv, exportLedger } from '../../storage/ledger'
import { Button } from '../../ui/button'
import { CheckboxField } from '../../ui/form/checkbox-field'
import { downloadText } from '../../ui/download'
import { ImportSection } from './import-section'
import { MoveInSection } from './move-in-section'
import { teamMode } from '../../platform/team-mode'
import { LedgerFrame } from './ledger-frame'
import { useLedgerEnv } from './use-ledger-env'

/** 导出与导入: the whole ledger as JSON (the identity key only when ticked), mini programs as CSV, import. */
export function BackupPage() {
  const { db } = useLedgerEnv()
  const [includeKey, setIncludeKey] = useState(false)
  const [done, setDone] = useState<string | null>(null)

  async function exportJson() {
    const file = `ledger-${todayInChina()}.json`
    downloadText(file, await exportLedger(db, { includeKey }), 'application/json')
    setDone(file)
  }

  async function exportCsv() {
    const file = `mini-programs-${todayInChina()}.csv`
    downloadText(file, await miniProgramsCsv(db), 'text/csv;charset=utf-8')
    setDone(file)
  }

  return (
    <LedgerFrame title={t('ledger.ui.backup.title')}>
      <p className="lead">{t('ledger.ui.backup.lead')}</p>
      <section className="ledger__section" aria-labelledby="ledger-export">
        <h2 id="ledger-export">{t('ledger.ui.backup.exportHeading')}</h2>
        <CheckboxField
          id="ledger-include-key"
          label={t('ledger.ui.backup.includeKey')}
          hint={t('ledger.ui.backup.includeKeyHint')}
          checked={includeKey}
          onChange={(event) => setIncludeKey(event.target.checked)}
        />
        <div className="ledger__actions">
          <Button onClick={() => void exportJson()}>{t('ledger.ui.backup.exportJson')}</Button>
          <Button variant="secondary" onClick={() => void exportCsv()}>
            {t('ledger.ui.backup.exportCsv')}
          </Button>
        </div>
        <p role="status">{done ? t('ledger.ui.backup.exported', { file: done }) : null}</p>
      </section>
      {teamMode()?.role === 'owner' ? (
        <MoveInSection />
      ) : teamMode() ? (
        <p>{t('ledger.ui.team.notHere', { action: t('ledger.ui.team.importAction') })}</p>
      ) : (
        <ImportSection />
      )}
    </LedgerFrame>
  )
}
