import { useState } from 'react'
import { t } from '../../../i18n'
import { Button, ButtonLink } from '../../../ui/button'
import { summaryRows, summaryText } from '../summary'
import type { StepBodyProps } from './step-body'

/** The confirmation: what was recorded, what happens next, 打印 and 复制摘要. Survives reloads and bookmarks. */
export function DoneStep({ flow }: StepBodyProps) {
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null)
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
        <ButtonLink to="/publish">{t('wizard.done.publishLink')}</ButtonLink>
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {t('wizard.done.print')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {t('wizard.done.copy')}
        </Button>
        <ButtonLink to="/register" variant="secondary">
          {t('wizard.done.backToList')}
        </ButtonLink>
      </div>
      <p role="status" className="copy-status">
        {copied === 'ok' ? t('wizard.done.copied') : copied === 'failed' ? t('wizard.done.copyFailed') : ''}
      </p>
    </>
  )
}
