import { useState, useSyncExternalStore } from 'react'
import { t } from '../i18n'
import { appUpdate, applyUpdate } from '../platform/app-update'

/** 有新版本: said on every page once a new version waits; it takes over only when the user presses 刷新. */
export function UpdateBanner() {
  const update = useSyncExternalStore(appUpdate.subscribe, appUpdate.get)
  const [busy, setBusy] = useState(false)
  return (
    // A polite live region kept on the page, so the news is read out when it appears.
    <div aria-live="polite" className={update === 'ready' ? 'update-banner' : undefined}>
      {update === 'ready' ? (
        <div className="container update-banner__inner">
          <p className="update-banner__text">{t('shell.update.text')}</p>
          <button
            type="button"
            className="update-banner__button"
            disabled={busy}
            onClick={() => {
              setBusy(true)
              void applyUpdate()
            }}
          >
            {t('shell.update.reload')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
