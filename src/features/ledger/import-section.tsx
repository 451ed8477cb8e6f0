import { useState, type ChangeEvent } from 'react'
import { t } from '../../i18n'
import {
  applyImport,
  previewImport,
  maxImportBytes,
  parseLedgerFile,
  type LedgerFile,
  type ImportMode,
  type ImportPreview,
} from '../../storage/ledger'
import { Button } from '../../ui/button'
import { Notice } from '../../ui/notice'
import { ImportPreviewTable, ModeChoice } from './import-preview-table'
import { useLedgerEnv } from './use-ledger-env'

type Stage =
  | { kind: 'idle' }
  | { kind: 'problems'; problems: readonly string[] }
  | { kind: 'preview'; file: LedgerFile; preview: ImportPreview }
  | { kind: 'done'; preview: ImportPreview }

/** 导入: choose a file, see every problem or a preview, pick merge or replace, then import all or nothing. */
export function ImportSection() {
  const { db } = useLedgerEnv()
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const [mode, setMode] = useState<ImportMode>('merge')

  async function show(file: LedgerFile, chosen: ImportMode) {
    const preview = await previewImport(db, file, chosen)
    setStage(
      preview.problems.length > 0
        ? { kind: 'problems', problems: preview.problems }
        : { kind: 'preview', file, preview },
    )
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0]
    if (!chosen) return
    // Over the limit: refused before a byte is read.
    const parsed = parseLedgerFile(chosen.size > maxImportBytes ? '' : await chosen.text(), chosen.size)
    if (!parsed.ok) setStage({ kind: 'problems', problems: parsed.problems })
    else await show(parsed.file, mode)
  }

  async function changeMode(next: ImportMode) {
    setMode(next)
    if (stage.kind === 'preview') await show(stage.file, next)
  }

  async function confirm() {
    if (stage.kind !== 'preview') return
    const result = await applyImport(db, stage.file, mode)
    setStage(
      result.problems.length > 0
        ? { kind: 'problems', problems: result.problems }
        : { kind: 'done', preview: result },
    )
  }

  return (
    <section className="ledger__section" aria-labelledby="ledger-import">
      <h2 id="ledger-import">{t('ledger.ui.backup.importHeading')}</h2>
      <div className="field">
        <label htmlFor="ledger-import-file" className="field__label">
          {t('ledger.ui.backup.fileLabel')}
        </label>
        <div id="ledger-import-file-hint" className="field__hint">
          {t('ledger.ui.backup.fileHint')}
        </div>
        <input
          id="ledger-import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="ledger-import-file-hint"
          onChange={(event) => void choose(event)}
        />
      </div>
      {stage.kind === 'problems' ? (
        <div role="alert">
          <Notice title={t('ledger.ui.backup.problemsTitle')} tone="warning">
            <ul className="ledger__problems">
              {stage.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </Notice>
        </div>
      ) : null}
      {stage.kind === 'preview' ? (
        <>
          <h3>{t('ledger.ui.backup.previewHeading')}</h3>
          <ModeChoice mode={mode} onChange={(next) => void changeMode(next)} />
          <ImportPreviewTable preview={stage.preview} />
          <Button onClick={() => void confirm()}>{t('ledger.ui.backup.confirm')}</Button>
        </>
      ) : null}
      {stage.kind === 'done' ? (
        <div role="status">
          <Notice title={t('ledger.ui.backup.imported')}>
            <ImportPreviewTable preview={stage.preview} />
          </Notice>
        </div>
      ) : null}
    </section>
  )
}
