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
  const content = notFound ? <NotFoundPage /> : <ErrorContent />
  if (!standalone) return content
  return (
    <main id="main" tabIndex={-1} className="container site-main">
      {content}
    </main>
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
