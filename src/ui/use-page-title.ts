import { useEffect } from 'react'
import { t } from '../i18n'

/** Sets document.title to "<title> - 小程序注册向导" while the calling page is shown. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = t('shell.documentTitle', { title })
  }, [title])
}
