import { Link, useNavigate } from 'react-router'
import { t } from '../../i18n'
import { Button } from '../../ui/button'
import { Notice } from '../../ui/notice'
import { useCasesStore } from './store/cases-store'
import { stepUrl } from './urls'
import '../../i18n/wizard-messages'

/**
 * What the page must know about saving: saved registrations that could not be read (said once, with where the
 * raw data was kept), storage full, and another tab's save of the registration shown (`caseId`).
 */
export function StorageProblemNotice({ caseId }: { caseId?: string }) {
  const problem = useCasesStore((s) => s.problem)
  const dismiss = useCasesStore((s) => s.dismissProblem)
  const otherTab = useCasesStore((s) => (caseId && s.otherTab?.caseId === caseId ? s.otherTab : null))
  return (
    <>
      {otherTab ? <OtherTabNotice caseId={otherTab.caseId} conflict={otherTab.kind === 'conflict'} /> : null}
      {problem?.kind === 'full' ? (
        <div role="alert">
          <Notice title={t('wizard.storage.fullTitle')} tone="warning">
            <p>{t('wizard.storage.full')}</p>
            <Button type="button" variant="secondary" onClick={dismiss}>
              {t('wizard.storage.dismiss')}
            </Button>
          </Notice>
        </div>
      ) : problem ? (
        <Notice title={t('wizard.storage.problemTitle')} tone="warning">
          <p>
            {t(
              problem.kind === 'corrupt' ? 'wizard.storage.problemCorrupt' : 'wizard.storage.problemVersion',
              {
                key: problem.backupKey,
              },
            )}
          </p>
          <Button type="button" variant="secondary" onClick={dismiss}>
            {t('wizard.storage.dismiss')}
          </Button>
        </Notice>
      ) : null}
    </>
  )
}

function OtherTabNotice({ caseId, conflict }: { caseId: string; conflict: boolean }) {
  const navigate = useNavigate()
  const reloadCase = useCasesStore((s) => s.reloadCase)
  const dismiss = useCasesStore((s) => s.dismissOtherTab)
  const current = useCasesStore((s) => s.cases[caseId]?.flow.current)
  if (conflict) {
    return (
      <div role="alert">
        <Notice title={t('wizard.storage.conflictTitle')} tone="warning">
          <p>{t('wizard.storage.conflict')}</p>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              reloadCase(caseId)
              const at = useCasesStore.getState().cases[caseId]?.flow.current
              navigate(at ? stepUrl(caseId, at) : '/register', { replace: true })
            }}
          >
            {t('wizard.storage.reload')}
          </Button>
        </Notice>
      </div>
    )
  }
  return (
    <div role="status">
      <Notice title={t('wizard.storage.otherTabUpdatedTitle')}>
        <p>{t('wizard.storage.otherTabUpdated')}</p>
        {current ? (
          <p>
            <Link to={stepUrl(caseId, current)} onClick={dismiss}>
              {t('wizard.storage.otherTabLatest')}
            </Link>
          </p>
        ) : null}
        <Button type="button" variant="secondary" onClick={dismiss}>
          {t('wizard.storage.dismiss')}
        </Button>
      </Notice>
    </div>
  )
}
