import { Link, useNavigate } from 'react-router'
import { stepIds } from '../../domain'
import { t } from '../../i18n'
import { clearWizardHandoff, wizardHandoff } from '../../storage/wizard-handoff'
import { Button } from '../../ui/button'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'
import { useCasesStore } from './store/cases-store'
import { stepUrl } from './urls'
import '../../i18n/wizard-messages'

/**
 * /register/new?from=plan: a row of 批量规划 handed over in memory (never stored). 开始 creates the
 * registration under the plan's rule set with the row's answers as the steps' drafts: each step shows them
 * filled in, to be checked and confirmed.
 */
export function PlanStartPage() {
  const navigate = useNavigate()
  const handoff = wizardHandoff()
  const title = handoff ? t('wizard.fromPlan.title') : t('wizard.fromPlan.missingTitle')
  usePageTitle(title)
  if (!handoff) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <p>{t('wizard.fromPlan.missing')}</p>
        <p>
          <Link to="/plan">{t('wizard.fromPlan.back')}</Link>
        </p>
      </>
    )
  }
  const begin = () => {
    const store = useCasesStore.getState()
    const id = store.createCase(handoff.path, handoff.ruleSetId)
    for (const step of stepIds) {
      const draft = handoff.drafts[step]
      if (draft) store.saveDraft(id, step, draft)
    }
    handoff.started?.(id)
    clearWizardHandoff()
    navigate(stepUrl(id, useCasesStore.getState().cases[id]!.flow.current), { replace: true })
  }
  const individual = handoff.drafts['subject-type']?.subjectType === 'individual'
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">
        {t('wizard.fromPlan.lead', { label: handoff.label, path: t(`terms.path.${handoff.path}`) })}
      </p>
      <p>{t('wizard.fromPlan.filled')}</p>
      {individual ? <p>{t('wizard.fromPlan.individual')}</p> : null}
      <p>{t('wizard.newCase.ruleSet', { name: t(`rules.ruleSet.${handoff.ruleSetId}`) })}</p>
      <div className="button-row">
        <Button onClick={begin}>{t('wizard.newCase.begin')}</Button>
        <Link to="/plan">{t('wizard.fromPlan.back')}</Link>
      </div>
    </>
  )
}
