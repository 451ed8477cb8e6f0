import { useLayoutEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { fieldLabel } from '../../../domain'
import { t, type MessageKey } from '../../../i18n'
import { Button, ButtonLink } from '../../../ui/button'
import { caseTitle } from '../case-title'
import { summaryRows, summaryText } from '../summary'
import { AppIdForm, type AppIdLedgerNote } from './app-id-form'
import type { StepBodyProps } from './step-body'
import '../../../i18n/wizard-messages'

const ledgerNotes: Record<AppIdLedgerNote, MessageKey> = {
  'in-ledger': 'wizard.done.appIdInLedger',
  'ledger-unavailable': 'wizard.done.appIdLedgerUnavailable',
  'not-in-ledger': 'wizard.done.appIdNotInLedger',
}

/**
 * The confirmation: a panel saying what was registered, the AppID to record (the page's primary action until
 * it is), what happens next, the summary, 打印 and 复制摘要. Survives reloads and bookmarks. Publishing is not
 * built yet: its link says so rather than leading the main button to an empty page.
 */
export function DoneStep(props: StepBodyProps) {
  const { flow, item } = props
  const appId = flow.outcomes.appId
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null)
  const [editing, setEditing] = useState(false)
  const [note, setNote] = useState<AppIdLedgerNote | null>(null)
  const saved = useRef<HTMLParagraphElement>(null)

  // After saving, focus goes to what was saved (the form it was typed in is gone).
  useLayoutEffect(() => {
    if (note) saved.current?.focus()
  }, [note, appId])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summaryText(flow))
      setCopied('ok')
    } catch {
      setCopied('failed')
    }
  }
  return (
    <>
      <div className="confirmation-panel">
        <p className="confirmation-panel__title">{t('wizard.done.panelTitle', { name: caseTitle(item) })}</p>
        <p>{t('wizard.done.panelPath', { path: t(`terms.path.${flow.path}`) })}</p>
      </div>
      <section aria-labelledby="app-id-title" className="no-print">
        <h2 id="app-id-title">{appId ? fieldLabel('appId') : t('wizard.done.appIdTitle')}</h2>
        {appId ? (
          <>
            <p ref={saved} tabIndex={-1} className="done__app-id">
              {t('wizard.done.appIdSaved', { appId })}
            </p>
            {note ? <p>{t(ledgerNotes[note])}</p> : null}
          </>
        ) : (
          <p>{t('wizard.done.appIdLead')}</p>
        )}
        {!appId || editing ? (
          <AppIdForm
            {...props}
            primary={!appId}
            onSaved={(result) => {
              setEditing(false)
              setNote(result)
            }}
          />
        ) : (
          <p>
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              {t('wizard.done.appIdChange')}
            </button>
          </p>
        )}
      </section>
      <p>{t('wizard.done.lead')}</p>
      <ol className="instructions">
        {t(`wizard.done.next.${flow.path}`)
          .split('\n')
          .map((line) => (
            <li key={line}>{line}</li>
          ))}
      </ol>
      <h2>{t('wizard.done.summaryTitle')}</h2>
      <dl className="summary-list">
        {summaryRows(flow).map((row, index) => (
          <div className="summary-list__row" key={`${row.label}-${index}`}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <div className="button-row no-print">
        {appId ? <ButtonLink to="/register">{t('wizard.done.backToList')}</ButtonLink> : null}
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {t('wizard.done.print')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {t('wizard.done.copy')}
        </Button>
        {appId ? null : (
          <ButtonLink to="/register" variant="secondary">
            {t('wizard.done.backToList')}
          </ButtonLink>
        )}
      </div>
      <ul className="done__links no-print">
        <li>
          <Link to="/ledger/mini-programs">{t('wizard.done.ledgerLink')}</Link>
        </li>
        <li>
          <Link to={`/publish/case/${item.id}`}>{t('wizard.done.publishComing')}</Link>
        </li>
      </ul>
      <p role="status" className="copy-status">
        {copied === 'ok' ? t('wizard.done.copied') : copied === 'failed' ? t('wizard.done.copyFailed') : ''}
      </p>
    </>
  )
}
