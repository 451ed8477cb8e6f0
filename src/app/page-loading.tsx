import { t } from '../i18n'

/** Shown in the main area while a page's code is first fetched. */
export function PageLoading() {
  return (
    <p className="page-loading" role="status">
      {t('shell.loading')}
    </p>
  )
}
