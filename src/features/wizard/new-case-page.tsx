import { Suspense, lazy, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { isPathId, ruleSets } from '../../domain'
import { t } from '../../i18n'
import { Button, ButtonLink } from '../../ui/button'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'
import { useSettingsStore } from '../../storage/settings-store'
import { SelectField } from '../../ui/form/select-field'
import { PlanStartPage } from './plan-start'
import { useCasesStore } from './store/cases-store'
import { stepUrl } from './urls'
import { useLedgerList } from './use-ledger-list'
import '../../i18n/wizard-messages'

// 演示模式's scenarios start here (/register/new?scenario=…): their page arrives with the demo stage's chunk.
const ScenarioStartPage = lazy(() =>
  import('./demo/scenario-start').then((m) => ({ default: m.ScenarioStartPage })),
)

/** /register/new?path=… (or ?scenario=… in 演示模式, or ?from=plan for a row of 批量规划). */
export function NewCasePage() {
  const [params] = useSearchParams()
  const ruleSetId = useSettingsStore((s) => s.ruleSetId)
  const scenario = params.get('scenario')
  if (params.get('from') === 'plan') return <PlanStartPage />
  if (scenario !== null) {
    return (
      <Suspense fallback={null}>
        <ScenarioStartPage id={scenario} ruleSet={ruleSets[ruleSetId]} />
      </Suspense>
    )
  }
  return <NewRegistration />
}

/** /register/new?path=…: what the path needs, and 开始 (the registration keeps today's rule set). */
function NewRegistration() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const path = isPathId(params.get('path')) ? (params.get('path') as 'standalone' | 'reuse') : 'standalone'
  const ruleSetId = useSettingsStore((s) => s.ruleSetId)
  const createCase = useCasesStore((s) => s.createCase)
  const clients = useLedgerList((ledger) => ledger.ledgerChoices.clients(), 'clients')
  const [clientId, setClientId] = useState('')
  const title = path === 'standalone' ? t('wizard.newCase.titleStandalone') : t('wizard.newCase.titleReuse')
  usePageTitle(title)
  const begin = () => {
    const id = createCase(path, ruleSetId, clientId || undefined)
    const first = useCasesStore.getState().cases[id]!.flow.current
    navigate(stepUrl(id, first), { replace: true })
  }
  const prepare =
    path === 'standalone' ? t('wizard.newCase.prepareStandalone') : t('wizard.newCase.prepareReuse')
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">
        {path === 'standalone' ? t('wizard.newCase.leadStandalone') : t('wizard.newCase.leadReuse')}
      </p>
      <h2>{t('wizard.newCase.prepare')}</h2>
      <ul>
        {prepare.split('\n').map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{t('wizard.newCase.ruleSet', { name: t(`rules.ruleSet.${ruleSetId}`) })}</p>
      {clients && clients.length > 0 ? (
        <SelectField
          id="new-case-client"
          label={t('wizard.newCase.client')}
          hint={t('wizard.newCase.clientHint')}
          placeholder={t('wizard.newCase.clientNone')}
          optional
          options={clients.map((client) => ({ value: client.id, label: client.name }))}
          value={clientId}
          onChange={(event) => setClientId(event.target.value)}
        />
      ) : null}
      <div className="button-row">
        <Button type="button" onClick={begin}>
          {t('wizard.newCase.begin')}
        </Button>
        <ButtonLink to="/advisor" variant="secondary">
          {t('wizard.newCase.otherPath')}
        </ButtonLink>
      </div>
    </>
  )
}
