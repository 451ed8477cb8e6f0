import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { isScenarioId, loadScenario, scenarioText, type RuleSet } from '../../../domain'
import { joinList, t } from '../../../i18n'
import { todayInChina } from '../../../platform/clock'
import { isDemoMode } from '../../../platform/demo-mode'
import { Button } from '../../../ui/button'
import { Notice } from '../../../ui/notice'
import { PageHeading } from '../../../ui/page-heading'
import { ruleName } from '../../../ui/rules/rule-text'
import { usePageTitle } from '../../../ui/use-page-title'
import { useCasesStore } from '../store/cases-store'
import { stepUrl } from '../urls'
import { startScenario } from './start-scenario'
import './messages'

/** Where a trainer comes back to pick another scenario. */
const scenarioList = '/demo'

/**
 * /register/new?scenario=…, in 演示模式 only: what the scenario teaches and what the demo ledger will hold, then
 * 开始演示 (the demo ledger emptied and filled, a registration on the scenario's path).
 */
export function ScenarioStartPage({ id, ruleSet }: { id: string; ruleSet: RuleSet }) {
  const navigate = useNavigate()
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')
  const loaded = isDemoMode() && isScenarioId(id) ? loadScenario(id, ruleSet, todayInChina()) : null
  const scenario = loaded?.ok ? loaded.scenario : null
  const text = scenario ? scenarioText(scenario.id, ruleSet) : null
  const title = text
    ? t('presenter.start.title', { title: t(text.title.key, text.title.params) })
    : t('presenter.start.unknown')
  usePageTitle(title)

  if (!scenario || !text) {
    const message = !isDemoMode()
      ? t('presenter.start.notDemo')
      : loaded && !loaded.ok && loaded.reason === 'not-stated'
        ? t('presenter.start.notStated', {
            ruleSet: t(`rules.ruleSet.${ruleSet.id}`),
            rule: ruleName(loaded.rule),
          })
        : t('presenter.start.unknown')
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <p>{message}</p>
        <p>
          <Link to={scenarioList}>{t('presenter.start.list')}</Link>
        </p>
      </>
    )
  }

  const begin = async () => {
    setState('busy')
    const started = await startScenario(scenario, todayInChina())
    if (!started.ok) {
      setState('failed')
      return
    }
    const first = useCasesStore.getState().cases[started.caseId]!.flow.current
    navigate(stepUrl(started.caseId, first), { replace: true })
  }
  const { idCardMiniPrograms = 0, phoneMiniPrograms = 0, subjectMiniPrograms = 0 } = scenario.ledger
  const ledgerLines = [
    idCardMiniPrograms > 0 ? t('presenter.start.ledgerIdCard', { count: idCardMiniPrograms }) : null,
    phoneMiniPrograms > 0 ? t('presenter.start.ledgerPhone', { count: phoneMiniPrograms }) : null,
    subjectMiniPrograms > 0 ? t('presenter.start.ledgerSubject', { count: subjectMiniPrograms }) : null,
  ].filter((line): line is string => line !== null)
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('presenter.start.lead')}</p>
      <h2>{t('presenter.start.teaches')}</h2>
      <p>{t(text.teaches.key, text.teaches.params)}</p>
      <ul>
        <li>{t('presenter.start.path', { path: t(`terms.path.${scenario.path}`) })}</li>
        <li>{t('presenter.start.ruleSet', { name: t(`rules.ruleSet.${ruleSet.id}`) })}</li>
        <li>
          {t('presenter.start.ledger')}
          {ledgerLines.length > 0 ? joinList(ledgerLines) : t('presenter.start.ledgerEmpty')}
        </li>
      </ul>
      {state === 'failed' ? <Notice title={t('presenter.start.failed')} tone="warning" /> : null}
      <div className="button-row">
        <Button type="button" onClick={() => void begin()} disabled={state === 'busy'}>
          {state === 'busy' ? t('presenter.start.starting') : t('presenter.start.begin')}
        </Button>
        <Link to={scenarioList}>{t('presenter.start.list')}</Link>
      </div>
    </>
  )
}
