import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { daysBetween } from '../../domain'
import { t } from '../../i18n'
import { todayInChina } from '../../platform/clock'
import { lastBackupAt } from '../../storage/ledger'
import { Notice } from '../../ui/notice'
import { useLedgerEnv } from './use-ledger-env'
import { useLiveQuery } from './use-live-query'

// A normal browser profile is offered gigabytes; private windows (Chromium's incognito among them) far less.
const privateQuotaBytes = 200 * 1024 * 1024

interface StorageState {
  persisted: boolean | null
  likelyPrivate: boolean
}

/** Asks once for persistent storage, and estimates whether this is a private window. */
function useStorageState(): StorageState {
  const [state, setState] = useState<StorageState>({ persisted: null, likelyPrivate: false })
  useEffect(() => {
    const storage = navigator.storage as StorageManager | undefined
    if (!storage?.persisted) return
    let cancelled = false
    void (async () => {
      const persisted = (await storage.persisted()) || (await storage.persist())
      const estimate = await storage.estimate?.()
      const likelyPrivate = estimate?.quota !== undefined && estimate.quota < privateQuotaBytes
      if (!cancelled) setState({ persisted, likelyPrivate })
    })()
    return () => {
      cancelled = true
    }
  }, [])
  return state
}

/** 数据安全: persistent storage, the last backup with a nudge, and the private-window warning. */
export function SafetyPanel() {
  const { db } = useLedgerEnv()
  const { persisted, likelyPrivate } = useStorageState()
  const backup = useLiveQuery(() => lastBackupAt(db).then((at) => at ?? ''), 'last-backup')
  const days = backup.data ? daysBetween(todayInChina(new Date(backup.data)), todayInChina()) : null
  return (
    <section className="ledger__section" aria-labelledby="ledger-safety">
      <h2 id="ledger-safety">{t('ledger.ui.safety.heading')}</h2>
      {likelyPrivate ? (
        <Notice title={t('ledger.ui.safety.privateTitle')} tone="warning">
          <p>{t('ledger.ui.safety.privateBody')}</p>
        </Notice>
      ) : null}
      <ul className="ledger__facts">
        <li>{t('ledger.ui.safety.localOnly')}</li>
        {persisted === null ? null : (
          <li>{t(persisted ? 'ledger.ui.safety.persisted' : 'ledger.ui.safety.notPersisted')}</li>
        )}
        {backup.data === undefined ? null : (
          <li>
            {days === null
              ? t('ledger.ui.safety.neverBackedUp')
              : days === 0
                ? t('ledger.ui.safety.lastBackupToday')
                : t('ledger.ui.safety.lastBackup', { days })}{' '}
            {days === null || days > 0 ? (
              <Link to="/ledger/backup">{t('ledger.ui.safety.nudge')}</Link>
            ) : null}
          </li>
        )}
      </ul>
    </section>
  )
}
