import { t } from '../../i18n'
import { Button } from '../../ui/button'
import { Notice } from '../../ui/notice'
import { useCasesStore } from './store/cases-store'

/** Saved registrations that could not be read: said once, with where the raw data was kept. */
export function StorageProblemNotice() {
  const problem = useCasesStore((s) => s.problem)
  const dismiss = useCasesStore((s) => s.dismissProblem)
  if (!problem) return null
  if (problem.kind === 'full') {
    return (
      <div role="alert">
        <Notice title={t('wizard.storage.fullTitle')} tone="warning">
          <p>{t('wizard.storage.full')}</p>
          <Button type="button" variant="secondary" onClick={dismiss}>
            {t('wizard.storage.dismiss')}
          </Button>
        </Notice>
      </div>
    )
  }
  const key = problem.kind === 'corrupt' ? 'wizard.storage.problemCorrupt' : 'wizard.storage.problemVersion'
  return (
    <Notice title={t('wizard.storage.problemTitle')} tone="warning">
      <p>{t(key, { key: problem.backupKey })}</p>
      <Button type="button" variant="secondary" onClick={dismiss}>
        {t('wizard.storage.dismiss')}
      </Button>
    </Notice>
  )
}
