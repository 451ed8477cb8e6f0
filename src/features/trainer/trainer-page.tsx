import { useState } from 'react'
import { Link } from 'react-router'
import { loadScenario, scenarioIds, scenarioText } from '../../domain'
import { t } from '../../i18n'
import { isDemoMode, switchDemoMode } from '../../platform/demo-mode'
import { useRuleSet } from '../../storage/use-rule-set'
import { databaseNames } from '../../storage/store-names'
import { Button, ButtonLink } from '../../ui/button'
import { PageHeading } from '../../ui/page-heading'
import { ruleName } from '../../ui/rules/rule-text'
import { usePageTitle } from '../../ui/use-page-title'
import './messages'
import './trainer.css'

/** /demo: 演示模式 — how to turn it on, and once on, the scenarios to play and the trainer's other tools. */
export function TrainerPage() {
  const title = t('trainer.title')
  usePageTitle(title)
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('trainer.lead')}</p>
      {isDemoMode() ? <ScenarioList /> : <TurnOn />}
      <h2>{t('trainer.tools.title')}</h2>
      <ul>
        <li>
          <Link to="/flow">{t('trainer.tools.flow')}</Link>
        </li>
        <li>
          <Link to="/practice">{t('trainer.tools.practice')}</Link>
        </li>
        <li>
          <Link to="/demo/screens">{t('trainer.tools.screens')}</Link>
        </li>
      </ul>
      <h2>{t('trainer.controls.title')}</h2>
      <ul>
        {t('trainer.controls.items')
          .split('\n')
          .map((line) => (
            <li key={line}>{line}</li>
          ))}
      </ul>
    </>
  )
}

function TurnOn() {
  const [state, setState] = useState<'idle' | 'switching' | 'failed'>('idle')
  const enter = () => {
    setState('switching')
    void switchDemoMode(true, '/demo', databaseNames).then((ok) => {
      if (!ok) setState('failed')
    })
  }
  return (
    <>
      <h2>{t('trainer.off.title')}</h2>
      <p>{t('trainer.off.separate')}</p>
      <p>{t('trainer.off.reload')}</p>
      {state === 'failed' ? <p role="alert">{t('trainer.off.failed')}</p> : null}
      <div className="button-row">
        <Button type="button" onClick={enter} disabled={state === 'switching'}>
          {state === 'switching' ? t('trainer.off.switching') : t('trainer.off.enter')}
        </Button>
      </div>
    </>
  )
}

function ScenarioList() {
  const ruleSet = useRuleSet()
  return (
    <>
      <h2>{t('trainer.scenarios.title')}</h2>
      <p>{t('trainer.scenarios.lead')}</p>
      <p>{t('trainer.scenarios.ruleSet', { name: t(`rules.ruleSet.${ruleSet.id}`) })}</p>
      <ul className="scenario-list">
        {scenarioIds.map((id) => {
          const loaded = loadScenario(id, ruleSet)
          const text = scenarioText(id, ruleSet)
          const name = t(text.title.key, text.title.params)
          return (
            <li key={id} className="scenario-list__item">
              <h3 className="scenario-list__title">{name}</h3>
              <p>{t(text.teaches.key, text.teaches.params)}</p>
              {loaded.ok || loaded.reason !== 'not-stated' ? (
                <ButtonLink to={`/register/new?scenario=${id}`} variant="secondary">
                  {t('trainer.scenarios.start', { title: name })}
                </ButtonLink>
              ) : (
                <p className="scenario-list__unavailable">
                  {t('trainer.scenarios.notStated', {
                    ruleSet: t(`rules.ruleSet.${ruleSet.id}`),
                    rule: ruleName(loaded.rule),
                  })}
                </p>
              )}
            </li>
          )
        })}
      </ul>
      <p>
        {t('trainer.scenarios.own')} <Link to="/register">{t('trainer.scenarios.ownLink')}</Link>
      </p>
    </>
  )
}
