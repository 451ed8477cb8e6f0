import { t } from '../../i18n'
import { Notice } from '../../ui/notice'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'

export function PublishPage() {
  const title = t('pages.publish.title')
  usePageTitle(title)
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('pages.publish.description')}</p>
      <Notice title={t('shell.comingSoon.title')}>
        <p>{t('shell.comingSoon.body')}</p>
      </Notice>
    </>
  )
}
