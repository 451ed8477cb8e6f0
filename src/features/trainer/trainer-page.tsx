import { t } from '../../i18n'
import { Notice } from '../../ui/notice'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'

export function TrainerPage() {
  const title = t('pages.demo.title')
  usePageTitle(title)
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('pages.demo.description')}</p>
      <Notice title={t('shell.comingSoon.title')}>
        <p>{t('shell.comingSoon.body')}</p>
      </Notice>
    </>
  )
}
