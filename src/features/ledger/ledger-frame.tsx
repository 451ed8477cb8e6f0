import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { t } from '../../i18n'
import { Notice } from '../../ui/notice'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'
import './ledger.css'

interface LedgerFrameProps {
  title: string
  /** Shown above the heading (an error summary). */
  before?: ReactNode
  /** A link back to the ledger's front page (every page but the front page has one). */
  back?: boolean
  children?: ReactNode
}

/** A ledger page: its title, a way back, the heading, then the page. */
export function LedgerFrame({ title, before, back = true, children }: LedgerFrameProps) {
  usePageTitle(title)
  return (
    <div className="ledger">
      {back ? (
        <p className="ledger__back">
          <Link to="/ledger">{t('ledger.ui.backToLedger')}</Link>
        </p>
      ) : null}
      {before}
      <PageHeading>{title}</PageHeading>
      {children}
    </div>
  )
}

/** Shown when the browser gives the page no database. */
export function LedgerUnavailable() {
  return (
    <Notice title={t('ledger.ui.unavailable.title')} tone="warning">
      <p>{t('ledger.ui.unavailable.body')}</p>
    </Notice>
  )
}

export function Loading() {
  return (
    <p role="status" className="ledger__loading">
      {t('ledger.ui.loading')}
    </p>
  )
}

export function LedgerNotFound() {
  return (
    <LedgerFrame title={t('shell.notFound.title')}>
      <p>{t('shell.notFound.body')}</p>
    </LedgerFrame>
  )
}
