import { isRouteErrorResponse, useRouteError } from 'react-router'
import { t } from '../i18n'
import { Button, ButtonLink } from '../ui/button'
import { PageHeading } from '../ui/page-heading'
import { usePageTitle } from '../ui/use-page-title'
import { NotFoundPage } from './not-found-page'

type RouteErrorProps = {
  /** True when the layout itself failed: this page then supplies its own main landmark. */
  standalone?: boolean
}

/** What a user sees when a page throws: a calm explanation and a way back, never a blank screen. */
export function RouteError({ standalone = false }: RouteErrorProps) {
  const error = useRouteError()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  const content = notFound ? <NotFoundPage /> : isChunkLoadError(error) ? <StaleContent /> : <ErrorContent />
  if (!standalone) return content
  return (
    <main id="main" tabIndex={-1} className="container site-main">
      {content}
    </main>
  )
}

/**
 * A page's code (a lazy route's module or its CSS) failed to load: each browser words it its own way. This is
 * what a deploy that replaced the files, or a dropped connection, looks like to a page opened before it.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : ''
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(message)
}

/** A page's code could not be loaded: reloading fetches the current version; saved work stays where it is. */
function StaleContent() {
  const title = t('shell.stale.title')
  usePageTitle(title)
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{t('shell.stale.body')}</p>
      <p>{t('shell.stale.kept')}</p>
      <div className="button-row">
        <Button onClick={() => window.location.reload()}>{t('shell.stale.reload')}</Button>
        <ButtonLink to="/" reloadDocument variant="secondary">
          {t('shell.stale.home')}
        </ButtonLink>
      </div>
    </>
  )
}

function ErrorContent() {
  const title = t('shell.error.title')
  usePageTitle(title)
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{t('shell.error.body')}</p>
      <p>{t('shell.error.next')}</p>
      <div className="button-row">
        {/* A full page load, so whatever state broke the page is left behind. */}
        <ButtonLink to="/" reloadDocument>
          {t('shell.error.home')}
        </ButtonLink>
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {t('shell.error.reload')}
        </Button>
      </div>
    </>
  )
}
