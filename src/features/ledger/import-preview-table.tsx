import { t } from '../../i18n'
import { tableNames, type ImportMode, type ImportPreview } from '../../storage/ledger'
import '../../ui/form/form.css'
import { tableLabel } from './kinds'
import { StackedTable } from '../../ui/stacked-table'

const modes: readonly ImportMode[] = ['merge', 'replace']

/** 合并 or 替换, each with what it does. */
export function ModeChoice({ mode, onChange }: { mode: ImportMode; onChange: (mode: ImportMode) => void }) {
  return (
    <div className="field">
      <fieldset className="fieldset">
        <legend className="field__label">{t('ledger.ui.backup.mode')}</legend>
        <div className="choices">
          {modes.map((value) => (
            <div className="choice" key={value}>
              <input
                id={`ledger-import-${value}`}
                type="radio"
                name="ledger-import-mode"
                className="choice__input"
                value={value}
                checked={mode === value}
                onChange={() => onChange(value)}
                aria-describedby={`ledger-import-${value}-hint`}
              />
              <label htmlFor={`ledger-import-${value}`} className="choice__label">
                {t(`ledger.ui.backup.${value}`)}
              </label>
              <div id={`ledger-import-${value}-hint`} className="choice__hint">
                {t(`ledger.ui.backup.${value}Hint`)}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}

/** What an import adds, changes, keeps and removes, table by table, and what it means for the key. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const note = t(`ledger.ui.backup.keyNote.${preview.keyNote}`)
  return (
    <>
      <StackedTable
        columns={[
          t('ledger.ui.backup.colTable'),
          t('ledger.ui.backup.colAdded'),
          t('ledger.ui.backup.colChanged'),
          t('ledger.ui.backup.colUnchanged'),
          t('ledger.ui.backup.colRemoved'),
        ]}
        rows={tableNames.map((name) => {
          const c = preview.changes[name]
          return { key: name, cells: [tableLabel(name), c.added, c.changed, c.unchanged, c.removed] }
        })}
      />
      {note ? <p>{note}</p> : null}
    </>
  )
}
