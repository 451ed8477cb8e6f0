import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { t } from '../../i18n'
import { clearLedger } from '../../storage/ledger'
import { Button } from '../../ui/button'
import { ErrorSummary } from '../../ui/form/error-summary'
import { TextField } from '../../ui/form/text-field'
import { Notice } from '../../ui/notice'
import { LedgerFrame } from './ledger-frame'
import { teamMode } from '../../platform/team-mode'
import { useLedgerEnv } from './use-ledger-env'

/** 清除全部数据, only once the user has typed the phrase. */
export function ClearPage() {
  const { db } = useLedgerEnv()
  const phrase = t('ledger.ui.clear.phrase')
  const [typed, setTyped] = useState('')
  const [attempt, setAttempt] = useState(0)
  const [error, setError] = useState<string | undefined>()
  const [done, setDone] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (typed.trim() !== phrase) {
      setError(t('ledger.ui.clear.mismatch', { phrase }))
      setAttempt((n) => n + 1)
      return
    }
    setError(undefined)
    await clearLedger(db)
    setDone(true)
  }

  const errors = error ? [{ fieldId: 'ledger-clear-phrase', message: error }] : []
  return (
    <LedgerFrame
      title={t('ledger.ui.clear.title')}
      before={<ErrorSummary errors={errors} attempt={attempt} />}
    >
      {teamMode() ? (
        <p>{t('ledger.ui.team.notHere', { action: t('ledger.ui.team.clearAction') })}</p>
      ) : done ? (
        <div role="status">
          <Notice title={t('ledger.ui.clear.done')}>
            <p>
              <Link to="/ledger">{t('ledger.ui.backToLedger')}</Link>
            </p>
          </Notice>
        </div>
      ) : (
        <>
          <p className="lead">{t('ledger.ui.clear.lead')}</p>
          <p>
            <Link to="/ledger/backup">{t('ledger.ui.overview.backup')}</Link>
          </p>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <TextField
              id="ledger-clear-phrase"
              label={t('ledger.ui.clear.label', { phrase })}
              error={error}
              value={typed}
              autoComplete="off"
              onChange={(event) => setTyped(event.target.value)}
              width="medium"
            />
            <Button type="submit">{t('ledger.ui.clear.confirm')}</Button>
          </form>
        </>
      )}
    </LedgerFrame>
  )
}
