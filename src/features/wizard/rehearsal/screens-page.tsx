import { useId } from 'react'
import type { PathId, StepId } from '../../../domain'
import { t } from '../../../i18n'
import { useRuleSet } from '../../../storage/use-rule-set'
import { PageHeading } from '../../../ui/page-heading'
import { pathName } from '../../../ui/terms'
import { usePageTitle } from '../../../ui/use-page-title'
import './messages'
import { RehearsalScreen } from './rehearsal-screen'
import { screenIds, stepsShowing, type ScreenId } from './screen-map'

// /demo/screens: every rehearsal screen at once, for trainers (and for the end-to-end test, which needs no route
// of its own). Each screen sits under an h2 with the title of the first step it stands beside.

function ScreenSection({ screen }: { screen: ScreenId }) {
  const headingId = useId()
  const ruleSet = useRuleSet()
  const shown = stepsShowing(screen)
  const first = shown[0]
  if (!first) return null
  // One entry per step, with the paths it shows on: 准备小程序的登录邮箱（单独注册、复用公众号资质快速注册）.
  const byStep = new Map<StepId, PathId[]>()
  for (const { step, path } of shown) byStep.set(step, [...(byStep.get(step) ?? []), path])
  const steps = [...byStep].map(([step, stepPaths]) =>
    t('rehearsal.page.stepOnPaths', {
      step: t(`steps.${step}.title`),
      paths: stepPaths.map(pathName).join(t('app.listSeparator')),
    }),
  )
  return (
    <section className="rehearsal-page__screen" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`steps.${first.step}.title`)}</h2>
      <p className="rehearsal-page__steps">
        {t('rehearsal.page.steps', { steps: steps.join(t('app.listSeparator')) })}
      </p>
      <RehearsalScreen step={first.step} path={first.path} ruleSet={ruleSet} />
    </section>
  )
}

export function ScreensPage() {
  const title = t('rehearsal.page.title')
  usePageTitle(title)
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('rehearsal.page.lead')}</p>
      {screenIds.map((screen) => (
        <ScreenSection key={screen} screen={screen} />
      ))}
    </>
  )
}
