import { useLayoutEffect, useState } from 'react'
import { t } from '../i18n'
import { isDemoMode, switchDemoMode } from '../platform/demo-mode'
import { usePresenterStore } from '../storage/presenter-store'
import { databaseNames } from '../storage/store-names'

/** Turns 演示模式 on or off: the page reloads at `to`, every store opened under the mode's own names. */
function useDemoSwitch(value: boolean, to: string) {
  const [state, setState] = useState<'idle' | 'switching' | 'failed'>('idle')
  const run = () => {
    setState('switching')
    void switchDemoMode(value, to, databaseNames).then((ok) => {
      if (!ok) setState('failed')
    })
  }
  return { state, run }
}

/** 开启演示模式, in the header while demo mode is off. */
export function DemoModeButton() {
  const { state, run } = useDemoSwitch(true, '/demo')
  if (isDemoMode()) return null
  return (
    <div className="demo-switch">
      <button
        type="button"
        className="demo-switch__button"
        aria-describedby="demo-switch-hint"
        disabled={state === 'switching'}
        onClick={run}
      >
        {state === 'switching' ? t('shell.demo.switching') : t('shell.demo.enter')}
      </button>
      <span id="demo-switch-hint" className="visually-hidden">
        {t('shell.demo.enterHint')}
      </span>
      {state === 'failed' ? (
        <p role="alert" className="demo-switch__error">
          {t('shell.demo.failed')}
        </p>
      ) : null}
    </div>
  )
}

/** 大字模式 (demo mode only): the whole page's text enlarged for a projector, on every page. */
function useLargeText(on: boolean) {
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('large-text', on)
    return () => document.documentElement.classList.remove('large-text')
  }, [on])
}

/** The banner on every page while demo mode is on, with 大字模式 and 退出演示. */
export function DemoBanner() {
  const { state, run } = useDemoSwitch(false, '/demo')
  const largeText = usePresenterStore((s) => s.largeText)
  const setPresenter = usePresenterStore((s) => s.set)
  useLargeText(isDemoMode() && largeText)
  if (!isDemoMode()) return null
  return (
    <section className="demo-banner" aria-label={t('shell.demo.bannerLabel')}>
      <div className="container demo-banner__inner">
        <p className="demo-banner__text">{t('shell.demo.banner')}</p>
        <button
          type="button"
          className="demo-banner__toggle"
          aria-pressed={largeText}
          onClick={() => setPresenter({ largeText: !largeText })}
        >
          {t('shell.demo.largeText')}
        </button>
        <button
          type="button"
          className="demo-banner__leave"
          aria-describedby="demo-banner-hint"
          disabled={state === 'switching'}
          onClick={run}
        >
          {state === 'switching' ? t('shell.demo.switching') : t('shell.demo.leave')}
        </button>
        <span id="demo-banner-hint" className="visually-hidden">
          {t('shell.demo.leaveHint')}
        </span>
        {state === 'failed' ? (
          <p role="alert" className="demo-banner__error">
            {t('shell.demo.failed')}
          </p>
        ) : null}
      </div>
    </section>
  )
}
