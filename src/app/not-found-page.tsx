import { Link } from 'react-router'
import { t } from '../i18n'
import { PageHeading } from '../ui/page-heading'
import { usePageTitle } from '../ui/use-page-title'

export function NotFoundPage() {
  const title = t('shell.notFound.title')
  usePageTitle(title)
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{t('shell.notFound.body')}</p>
      <p>
        <Link to="/">{t('shell.notFound.home')}</Link>
      </p>
    </>
  )
}
