import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { flowGraph, isPathId, pathIds, ruleSets, type PathId } from '../../domain'
import { t } from '../../i18n'
import { useRuleSet } from '../../storage/use-rule-set'
import { readWizardCase, wizardCaseBase } from '../../storage/wizard-cases'
import { storageName } from '../../platform/demo-mode'
import { FlowMap } from '../../ui/flow-map/flow-map'
import { stepTitle } from '../../ui/flow-map/flow-text'
import { PageHeading } from '../../ui/page-heading'
import { RuleSetBadge } from '../../ui/rules/rule-set-badge'
import { pathName } from '../../ui/terms'
import { usePageTitle } from '../../ui/use-page-title'
import './flow-map-page.css'

/**
 * 流程图 at /flow: one path at a time (?path=standalone|reuse), drawn from the flow machine's definitions. With
 * ?case=ID it marks where that wizard registration stands (read once, read-only) under its own rule set.
 */
export function FlowMapPage() {
  const title = t('flow.page.title')
  usePageTitle(title)
  const [params] = useSearchParams()
  const caseId = params.get('case')
  const registration = useMemo(
    () => (caseId ? readWizardCase(caseId, localStorage, storageName(wizardCaseBase)) : null),
    [caseId],
  )
  const activeRuleSet = useRuleSet()
  const requested = params.get('path')
  const path: PathId = registration?.flow.path ?? (isPathId(requested) ? requested : 'standalone')
  const ruleSet = registration ? ruleSets[registration.flow.ruleSetId] : activeRuleSet
  const graph = useMemo(() => flowGraph(path, ruleSet), [path, ruleSet])
  const flow = registration?.flow
  const submitted = flow?.status === 'submitted'
  const done = flow ? (submitted ? graph.nodes.map((n) => n.step) : flow.completed) : undefined
  const current = flow && !submitted ? flow.current : undefined

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('flow.page.lead')}</p>
      <RuleSetBadge ruleSetId={ruleSet.id} />
      {caseId && !registration ? <p className="flow-page__case">{t('flow.page.caseMissing')}</p> : null}
      {registration && flow ? (
        <p className="flow-page__case">
          {current
            ? t('flow.page.caseShown', { done: flow.completed.length, step: stepTitle(current, path) })
            : t('flow.page.caseSubmitted')}{' '}
          <Link to={`/register/${registration.id}/${flow.current}`}>{t('flow.page.backToCase')}</Link>
        </p>
      ) : (
        <nav className="flow-page__paths" aria-label={t('flow.page.pathsLabel')}>
          <ul>
            {pathIds.map((id) => (
              <li key={id}>
                <Link to={`?path=${id}`} aria-current={id === path ? 'page' : undefined}>
                  {pathName(id)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <FlowMap graph={graph} current={current} done={done} printable />
    </>
  )
}
